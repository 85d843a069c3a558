import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";
import { builtinRulesDir, loadRules } from "../src/rules/load.js";
import { CalendarLexicon } from "../src/recognise/date/lexicon.js";
import { compilePublishedPatterns, detectPublished } from "../src/ingest/published.js";

const loaded = loadRules([builtinRulesDir()]);
if (!loaded.ok) throw new Error("built-in rules do not load");
const patterns = compilePublishedPatterns(new CalendarLexicon(loaded.rules.lexicons.calendar));
const detect = (text: string) => detectPublished(text, patterns)?.iso ?? null;

describe("detectPublished: the date a release states at its top", () => {
  test.each([
    ["Subscribe date 2022-10-26 By Azernews\n\nBy Ayya Lmahamad", "2022-10-26"],
    ["date 2024-03-14 Deputy Prime Minister", "2024-03-14"],
    ["ASTANA, 22 June 2023 — The Prime Minister met", "2023-06-22"],
    ["19 november 2017, 19:23\nThe ministry said", "2017-11-19"],
    ["WASHINGTON — March 3, 2021 — The Secretary said", "2021-03-03"],
    ["Published: 5 May 2021\nText", "2021-05-05"],
    ["Senator for Western Australia\n\nDate: Tuesday, 26 September 2017\n\nThe budget", "2017-09-26"],
    ["Speech\nToronto, Ontario - December 15, 2023\nCheck against delivery", "2023-12-15"],
    ["December 21, 2021 - Ottawa, Ontario - Department of Finance Canada", "2021-12-21"],
    ["January 12, 2021, Nur-Sultan, Kazakhstan – Today, USAID met", "2021-01-12"],
    ["Japan | Brussels, 11 July 2017\n\nSpeech", "2017-07-11"],
    ["Fact Sheet\nWashington, DC\nNovember 15, 2002\n", "2002-11-15"],
    ["  • Transcript, E&OE\n05 March 2017\n\nMINISTER:", "2017-03-05"],
    ["Tuesday, 15 March 2022, 11:41 am\nPress Release: New Zealand Government", "2022-03-15"],
    ["Tag: Foreign Office\n\nThe press release issued by the Foreign Office on 22 September 2022.\n", "2022-09-22"],
    // a term of office is no dateline; the date after it is
    ["Treasurer\n\n3 December 2007 - 27 June 2013\n\n3 September 2008\n\nNational Accounts", "2008-09-03"],
    // the earliest of several forms wins
    ["date 2022-03-15 Parliament\n\nTuesday, 15 March 2022, 11:41 am", "2022-03-15"],
  ])("%j -> %s", (text, iso) => {
    expect(detect(text)).toBe(iso);
  });

  test.each([
    "Please note: As of January 20, 2021, information in some news releases may be out of date.",
    "The minister said the embassy was opened on January 9, 1993.",
    "Daily News 15 / 07 / 2015",
    "[September 2023]",
    "Revenue rose 30 June 2023 to date.",
    `${"Background line.\n".repeat(20)}ASTANA, 22 June 2023 — deep in the body`,
    "2022-13-45 is no date",
  ])("no publication date in %j", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("the extractor and the publication date", () => {
  const extractor = createExtractor({ types: ["date"] });

  test("a leading marker becomes the publication date and is a date fact itself", () => {
    const r = extractor.extract("Subscribe date 2022-10-26 By Azernews\n\nThe turnover grew last year.", { id: "d" });
    expect(r.doc).toMatchObject({ published: "2022-10-26", publishedFrom: "text" });
    expect(r.facts.map((f) => f.type === "date" && f.value.iso)).toEqual(["2022-10-26", "2021"]);
    expect(r.warnings).toEqual([]);
  });

  test("a published date from the caller wins over the text", () => {
    const r = extractor.extract("ASTANA, 22 June 2023 — Last year trade grew.", { id: "d", published: "2023-06-23" });
    expect(r.doc).toMatchObject({ published: "2023-06-23", publishedFrom: "input" });
  });

  test("without any publication date a relative date keeps its offset and the document one warning", () => {
    const r = extractor.extract("Last year, trade grew by 40%. This year it will grow again. It rose yesterday.", { id: "d" });
    expect(r.doc.published).toBeUndefined();
    expect(r.facts.map((f) => f.value)).toEqual([
      { iso: null, grain: "year", relative: true, offset: { unit: "year", offset: -1 } },
      { iso: null, grain: "year", relative: true, offset: { unit: "year", offset: 0 } },
      { iso: null, grain: "day", relative: true, offset: { unit: "day", offset: -1 } },
    ]);
    expect(r.warnings).toHaveLength(1);
  });

  test("the seed with no date in its text: last year and this year resolve against the input date", () => {
    const text =
      "the 100th anniversary of the National Leader of the people of Azerbaijan Heydar Aliyev celebrated this year.\n\n" +
      "Last year, the bilateral trade turnover grew by 40% and exceeded $460 million. According to the results of the first four months of this year, the mutual trade reached $185 million.";
    const r = extractor.extract(text, { id: "seed-000", published: "2023-06-22" });
    expect(r.facts.map((f) => [f.text, f.type === "date" ? f.value.iso : null])).toEqual([
      ["this year", "2023"],
      ["Last year", "2022"],
      ["this year", "2023"],
    ]);
  });

  test("the seed with a leading marker: every date, a range as one fact", () => {
    const text =
      "Subscribe date 2022-10-26 By Azernews\n\nthe 30th anniversary of establishing diplomatic ties. The volume of bilateral trade for eight months amounted to $369 million.\n\n" +
      "Diplomatic relations were established on August 30, 1992. The embassy was opened on January 9, 1993, and the other on March 1, 2004. " +
      "Investments from 1995 to 2021 amounted to more than $200 million.\n\nThe trade turnover amounted to $135.7 million in 2021.";
    const r = extractor.extract(text, { id: "seed-003" });
    const values = r.facts.map((f) => (f.type === "date" ? f.value : null));
    expect(values).toEqual([
      { iso: "2022-10-26", grain: "day" },
      { iso: "1992-08-30", grain: "day" },
      { iso: "1993-01-09", grain: "day" },
      { iso: "2004-03-01", grain: "day" },
      { iso: "1995/2021", grain: "year", start: "1995", end: "2021" },
      { iso: "2021", grain: "year" },
    ]);
    for (const f of r.facts) expect(text.slice(f.citation.start, f.citation.end)).toBe(f.text);
    expect(r.facts.map((f) => f.rule)).toContain("date.en.range-join");
  });

  test("a yearless day records the year as implied", () => {
    const r = extractor.extract("The ministers met on 12 March.", { id: "d", published: "2024-04-02" });
    expect(r.facts[0]?.value).toEqual({ iso: "2024-03-12", grain: "day", relative: true, implied: ["year"] });
  });
});
