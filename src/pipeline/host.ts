/** The lower-case host of a document URL, or null when there is none or it does not parse. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether a host is, or is under, one of the suffixes: ".gov.au" matches
 * "ministers.treasury.gov.au"; ".gov" matches "www.dol.gov" but not "gov.uk".
 */
export function hostMatches(host: string | null, suffixes: readonly string[]): boolean {
  if (!host) return false;
  return suffixes.some((s) => {
    const bare = s.replace(/^\./, "").toLowerCase();
    return host === bare || host.endsWith(`.${bare}`);
  });
}
