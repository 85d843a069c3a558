import type { DocContext } from "./types.js";

/** The lower-case host of a document URL, or null when there is none or it does not parse. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

const HOST_MEMO = "doc.host";

/** hostOf the document's URL, parsed once per document however many recognisers ask. */
export function docHost(doc: DocContext): string | null {
  const known = doc.memo.get(HOST_MEMO);
  if (known !== undefined) return known as string | null;
  const host = hostOf(doc.info.url);
  doc.memo.set(HOST_MEMO, host);
  return host;
}

/**
 * Whether a host is, or is under, one of the suffixes: ".gov.au" matches
 * "ministers.treasury.gov.au"; ".gov" matches "www.dol.gov" but not "gov.uk".
 */
export function hostMatches(host: string | null, suffixes: readonly string[]): boolean {
  if (!host) return false;
  return suffixes.some((s) => {
    const bare = (s.charCodeAt(0) === 46 ? s.slice(1) : s).toLowerCase();
    return host === bare || host.endsWith(`.${bare}`);
  });
}
