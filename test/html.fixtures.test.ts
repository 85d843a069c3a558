import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { HtmlReader } from "../src/ingest/html.js";
import { builtinRulesDir, loadRules } from "../src/rules/load.js";
import { toIsoDate } from "../src/ingest/html-meta.js";
import { decodeHtml } from "../src/batch/decode.js";

const loaded = loadRules([builtinRulesDir()]);
if (!loaded.ok) throw new Error("the built-in rules do not load");
const reader = new HtmlReader(loaded.rules.lexicons.html);
const htmlToDocument = (html: string, url?: string) => reader.read(html, url);
import { jsonLines, runCli } from "./cli.helpers.js";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/html");
const pages = readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));

interface Expected {
  title: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

/** Phrases of the boilerplate around the articles; none may reach the text. */
const BOILERPLATE = [/cookie/i, /facebook/i, /telegram/i, /©/, /related news/i, /latest news/i, /most read/i, /print version/i, /read also/i,
  /skip to/i, /privacy/i, /comments/i, /\bviews\b/, /Последние новости/, /Перейти к содержанию/, /Read this release in/, /Previous/, /gtag|dataLayer|function\(/];

describe("HTML article extraction", () => {
  test("there are at least five fixture pages, each with its expected output", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  test.each(pages)("%s: article text, title, publication date and canonical URL", (page) => {
    const html = readFileSync(path.join(FIXTURES, page), "utf8");
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, page.replace(/\.html$/, ".expected.json")), "utf8")) as Expected;
    const doc = htmlToDocument(html);
    expect({ title: doc.title ?? null, published: doc.published ?? null, url: doc.url ?? null }).toEqual({
      title: expected.title,
      published: expected.published,
      url: expected.url,
    });
    expect(doc.text).toBe(expected.text);
    for (const phrase of BOILERPLATE) expect(doc.text).not.toMatch(phrase);
    // paragraph breaks are kept as blank lines, and there is never more than one
    expect(doc.text).toContain("\n\n");
    expect(doc.text).not.toMatch(/\n\n\n/);
  });

  test("boilerplate words, noise and date tags are data: a user rules folder adds to them", () => {
    const page = `<html><head><meta name="x-released" content="2024-03-05"></head><body><article><h1>Grant</h1>
      <p>The ministry allocated $5 million to the project.</p><div class="bulletin-box">Sign up for our bulletin</div></article></body></html>`;
    expect(reader.read(page).text).toContain("Sign up");
    expect(reader.read(page).published).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), "pf-html-lexicon-"));
    mkdirSync(path.join(dir, "lexicon"));
    writeFileSync(path.join(dir, "lexicon", "site.json"), JSON.stringify({ kind: "html", noise: [], boilerplateWords: ["bulletin"], dateMeta: ["x-released"] }));
    const layered = loadRules([builtinRulesDir(), dir]);
    if (!layered.ok) throw new Error(JSON.stringify(layered.issues));
    const doc = new HtmlReader(layered.rules.lexicons.html).read(page);
    expect(doc.text).toBe("Grant\n\nThe ministry allocated $5 million to the project.");
    expect(doc.published).toBe("2024-03-05");
  });

  test("the page's own URL makes a relative canonical link absolute", () => {
    const html = '<html><head><link rel="canonical" href="/news/1"></head><body><article><h1>T</h1><p>Text.</p></article></body></html>';
    expect(htmlToDocument(html, "https://gov.example/en/news/1?utm=x").url).toBe("https://gov.example/news/1");
  });

  test("a page without an article element: the densest block of paragraphs is the body", () => {
    const html = `<body><div class="top"><a href="/">Home</a></div><div><p>Short.</p></div>
      <div id="x"><p>The ministry allocated $5 million to the project.</p><p>Exports grew by 7%.</p></div></body>`;
    expect(htmlToDocument(html).text).toBe("The ministry allocated $5 million to the project.\n\nExports grew by 7%.");
  });

  test.each([
    ["2023-06-22T23:30:00+05:00", "2023-06-22"],
    ["2023/06/22", "2023-06-22"],
    ["20230622", "2023-06-22"],
    ["22.06.2023 10:20", "2023-06-22"],
    ["Thu, 22 Jun 2023 10:00:00 GMT", "2023-06-22"],
    ["2023-02-30", undefined],
    ["yesterday", undefined],
  ])("metadata date %s -> %s", (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  test("a page declaring windows-1251 is decoded in that charset", () => {
    const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', "latin1");
    const body = Buffer.from([0xd2, 0xe5, 0xf1, 0xf2]); // "Тест" in windows-1251
    const decoded = decodeHtml(Buffer.concat([head, body, Buffer.from("</p></body></html>")]));
    expect("text" in decoded && htmlToDocument(decoded.text).text).toBe("Тест");
  });

  test("extract on a saved page: date from the page metadata (publishedFrom html), citations into the page text", async () => {
    const r = await runCli(["extract", path.join(FIXTURES, "kz-primeminister.html"), "--include-text", "--published", "2020-01-01"]);
    expect(r.code).toBe(0);
    const [res] = jsonLines(r.out);
    expect(res?.doc).toEqual({
      id: "kz-primeminister",
      url: "https://primeminister.kz/en/news/kazakhstan-and-china-agree-to-raise-trade-turnover-2462133",
      title: "Kazakhstan and China agree to raise trade turnover to $40 billion",
      published: "2023-06-22",
      publishedFrom: "html",
    });
    const text = res?.text ?? "";
    expect(res?.facts.some((f) => f.text === "$24 billion")).toBe(true);
    for (const f of res?.facts ?? []) expect(text.slice(f.citation.start, f.citation.end)).toBe(f.text);
  });

  test("a page without a date in its metadata takes --published from the caller", async () => {
    const r = await runCli(["extract", path.join(FIXTURES, "am-mfa.html"), "--published", "2024-01-23"]);
    expect(jsonLines(r.out)[0]?.doc).toMatchObject({ published: "2024-01-23", publishedFrom: "input" });
  });

  test("a JSONL dump line may carry the page as html; the line's own url wins over the page's canonical link", async () => {
    const html = readFileSync(path.join(FIXTURES, "uz-gov-ru.html"), "utf8").replace("https://www.imv.uz/ru/news/view/", "/ru/news/view/");
    const line = JSON.stringify({ id: "uz-1", html, url: "https://www.imv.uz/ru/news?page=2" });
    const r = await runCli(["extract", "--workers", "0"], line + "\n");
    expect(r.code).toBe(0);
    expect(jsonLines(r.out)[0]?.doc).toMatchObject({
      id: "uz-1",
      url: "https://www.imv.uz/ru/news?page=2",
      published: "2023-09-14",
      publishedFrom: "html",
    });
  });
});
