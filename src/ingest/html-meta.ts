import type { CheerioAPI } from "cheerio";

/** The page's own metadata: its publication date (YYYY-MM-DD), title and canonical URL. */
export interface PageMeta {
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
}

/**
 * Publication date from the page's metadata, most specific first: the Open Graph article
 * tag, an explicit `<time datetime>` of the article, JSON-LD `datePublished`, then the
 * date meta tags the html lexicon lists. Read before any element is removed from the page.
 */
export function publishedOf($: CheerioAPI, dateMeta: readonly string[]): string | undefined {
  const candidates: (string | undefined)[] = [
    metaContent($, "article:published_time"),
    $("time[itemprop=datePublished][datetime], time[pubdate][datetime]").first().attr("datetime"),
    $("article time[datetime]").first().attr("datetime"),
    ...jsonLdDates($),
    ...dateMeta.map((name) => metaContent($, name)),
  ];
  for (const c of candidates) {
    const iso = c === undefined ? undefined : toIsoDate(c);
    if (iso) return iso;
  }
  return undefined;
}

function metaContent($: CheerioAPI, key: string): string | undefined {
  let found: string | undefined;
  $("meta[content]").each((_, el) => {
    const a = el.attribs;
    const name = (a["property"] ?? a["name"] ?? a["itemprop"] ?? "").toLowerCase();
    if (name === key && a["content"]?.trim()) {
      found = a["content"];
      return false;
    }
    return undefined;
  });
  return found;
}

/** `datePublished` of every JSON-LD object on the page, `@graph` members included. */
function jsonLdDates($: CheerioAPI): string[] {
  const dates: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o["datePublished"] === "string") dates.push(o["datePublished"]);
    if (o["@graph"] !== undefined) visit(o["@graph"], depth + 1);
    if (o["mainEntity"] !== undefined) visit(o["mainEntity"], depth + 1);
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()), 0);
    } catch {
      // a broken JSON-LD block is common on real sites; the other sources still apply
    }
  });
  return dates;
}

/**
 * "2023-06-22", "2023-06-22T09:00:00+05:00" (the date as the publisher wrote it, not
 * shifted to UTC), "2023/06/22", "20230622", "22.06.2023", or an RFC 2822 date.
 */
export function toIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return calendar(m[1], m[2], m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(s);
  if (m) return calendar(m[3], m[2], m[1]);
  if (/[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return undefined;
}

function calendar(y: string | undefined, mo: string | undefined, d: string | undefined): string | undefined {
  const iso = `${y}-${(mo ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : undefined;
}

/** The canonical URL (`<link rel=canonical>`, then `og:url`), made absolute against the page's own URL when known. */
export function canonicalOf($: CheerioAPI, base: string | undefined): string | undefined {
  const og = metaContent($, "og:url")?.trim();
  const href = $('link[rel~="canonical"][href]').first().attr("href")?.trim() || og;
  if (!href) return base;
  try {
    // a relative canonical link is resolved against the page's address, or its og:url
    return new URL(href, base ?? og).href;
  } catch {
    return href.trim();
  }
}

/** og:title or twitter:title, else `<title>` without the site name it usually ends with. */
export function metaTitleOf($: CheerioAPI): string | undefined {
  const meta = metaContent($, "og:title") ?? metaContent($, "twitter:title");
  if (meta?.trim()) return clean(meta);
  const title = clean($("head > title").first().text());
  if (!title) return undefined;
  const site = clean(metaContent($, "og:site_name") ?? "");
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1) {
    const kept = parts.filter((p) => p !== site);
    // without a declared site name, the last part of "Headline | Site" is taken to be the site
    return (kept.length < parts.length ? kept : parts.slice(0, -1)).join(" - ");
  }
  return title;
}

export function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
