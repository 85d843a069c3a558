import { createRequire } from "node:module";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { z } from "zod";
import type { HtmlFileSchema } from "../rules/lexicons/html.js";
import { canonicalOf, clean, metaTitleOf, publishedOf } from "./html-meta.js";

type HtmlFile = z.infer<typeof HtmlFileSchema>;

/** A saved article page reduced to what the extractor needs. */
export interface HtmlDocument {
  /** Headline and body as plain text, one block per paragraph, blocks separated by a blank line. */
  readonly text: string;
  readonly title?: string;
  /** YYYY-MM-DD from the page's metadata, when it has any. */
  readonly published?: string;
  readonly url?: string;
}

/** Block-level elements: each starts a new paragraph of the output. */
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "table", "thead", "tbody", "tr", "address", "hr", "center", "details", "summary",
]);

// cheerio takes ~130 ms to import: loaded with the first page, not with the library,
// so that `import { extract } from "press-facts"` starts fast
const requireCjs = createRequire(import.meta.url);
let cheerio: typeof import("cheerio") | undefined;
const load = (html: string): CheerioAPI => (cheerio ??= requireCjs("cheerio") as typeof import("cheerio")).load(html);

/**
 * Reads saved article pages with the html lexicon of a rules folder (rules/lexicon/html.json):
 * which elements are noise, which class and id words mark boilerplate, which meta tags carry
 * the date. Immutable; build one per rule set and reuse it for every page.
 */
export class HtmlReader {
  private readonly noise: string;
  private readonly boilerplate: ReadonlySet<string>;
  private readonly dateMeta: readonly string[];

  constructor(files: readonly HtmlFile[]) {
    this.noise = [...new Set(files.flatMap((f) => f.noise))].join(", ");
    this.boilerplate = new Set(files.flatMap((f) => f.boilerplateWords));
    this.dateMeta = [...new Set(files.flatMap((f) => f.dateMeta.map((m) => m.toLowerCase())))];
  }

  /**
   * The article of a government or news page as plain text, with its title, publication date
   * and canonical URL. Navigation, banners, share buttons, footers, scripts and link lists are
   * dropped; the headline comes first, then paragraphs and list items.
   */
  read(html: string, pageUrl?: string): HtmlDocument {
    const $ = load(html);
    const published = publishedOf($, this.dateMeta);
    const url = canonicalOf($, pageUrl);
    const metaTitle = metaTitleOf($);

    if (this.noise) $(this.noise).remove();
    removeBoilerplate($, this.boilerplate);
    const root = articleRoot($);
    const headline = headlineOf($, root);
    const blocks = textBlocks(root);
    if (headline && blocks[0] !== headline) blocks.unshift(headline);
    const title = headline || metaTitle;
    return {
      text: blocks.join("\n\n"),
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
    };
  }
}

/**
 * Removes elements whose class or id names a boilerplate block, unless the element holds the
 * article itself (layout wrappers such as "page-with-sidebar" do).
 */
function removeBoilerplate($: CheerioAPI, boilerplate: ReadonlySet<string>): void {
  const totalText = paragraphText($("body").get(0));
  $("[class], [id]").each((_, el) => {
    const names = `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.split(/\s+/).filter(Boolean);
    const style = el.attribs["style"] ?? "";
    const hidden = /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
    if (!hidden && !names.some((n) => words(n).some((w) => boilerplate.has(w.toLowerCase())))) return;
    const $el = $(el);
    if ($el.find("h1, article, main, [itemprop=articleBody]").length > 0) return;
    if (totalText > 0 && paragraphText(el) > totalText * 0.5) return;
    $el.remove();
  });
}

/** "share-buttons", "read_also", "ReleaseLang" -> their words. */
function words(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, "$1-$2").split(/[-_]+/);
}

/** The element holding the article body: schema.org markup, then the <article> with the most paragraph text, then <main>, then the densest block of paragraphs. */
function articleRoot($: CheerioAPI): Element {
  const marked = $("[itemprop=articleBody]").get(0);
  if (marked) return marked;
  const best = (els: Element[]): Element | undefined =>
    els.map((el) => ({ el, n: paragraphText(el) })).filter((c) => c.n > 0).sort((a, b) => b.n - a.n)[0]?.el;
  const article = best($("article").get());
  if (article) return article;
  const main = best($("main, [role=main]").get());
  if (main) return main;
  // the element with the most text in its own <p> children is the body of a page without markup
  let top: Element | undefined;
  let topScore = 0;
  $("p").each((_, p) => {
    const parent = p.parent;
    if (!parent || parent.type !== "tag") return;
    const score = $(parent).children("p").text().length;
    if (score > topScore) {
      topScore = score;
      top = parent as Element;
    }
  });
  return top ?? ($("body").get(0) as Element | undefined) ?? ($.root().get(0) as unknown as Element);
}

/** The article's <h1>, or the page's first <h1> when the body markup starts below it. */
function headlineOf($: CheerioAPI, root: Element): string | undefined {
  const h1 = $(root).find("h1").first();
  const text = clean((h1.length > 0 ? h1 : $("h1").first()).text());
  return text || undefined;
}

function paragraphText(el: AnyNode | undefined): number {
  if (!el || !("children" in el)) return 0;
  let n = 0;
  for (const child of el.children) {
    if (child.type === "text") continue;
    if (child.type === "tag" && (child.name === "p" || child.name === "li")) n += textLength(child);
    else n += paragraphText(child);
  }
  return n;
}

function textLength(el: AnyNode): number {
  if (el.type === "text") return el.data.trim().length;
  if (!("children" in el)) return 0;
  let n = 0;
  for (const c of el.children) n += textLength(c);
  return n;
}

/** Plain-text blocks of an element in document order; whitespace collapsed, <br> kept as a line break. */
function textBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let current = "";
  const flush = (): void => {
    const block = current
      .split("\n")
      .map((l) => l.replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (block) blocks.push(block);
    current = "";
  };
  const walk = (node: AnyNode, pre: boolean): void => {
    if (node.type === "text") {
      current += pre ? node.data : node.data.replace(/[\r\n]+/g, " ");
      return;
    }
    if (node.type !== "tag") return;
    const name = node.name;
    if (name === "br") {
      current += "\n";
      return;
    }
    if ((name === "ul" || name === "ol") && isLinkList(node)) return;
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === "td" || name === "th") current += " ";
    for (const child of node.children) walk(child, pre || name === "pre");
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

/** A list whose every item is just a link: related articles, tags, menus left inside the article. */
function isLinkList(list: Element): boolean {
  const items = list.children.filter((c): c is Element => c.type === "tag" && c.name === "li");
  if (items.length === 0) return false;
  return items.every((li) => {
    const all = textLength(li);
    let linked = 0;
    const count = (n: AnyNode): void => {
      if (n.type === "tag" && n.name === "a") linked += textLength(n);
      else if ("children" in n) n.children.forEach(count);
    };
    count(li);
    return all > 0 && linked >= all * 0.9;
  });
}
