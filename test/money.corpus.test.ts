import { describe, expect, test } from "vitest";
import { createExtractor, type MoneyValue } from "../src/index.js";

/** Phrase -> expected money values, grouped by value (duckling style); negatives give no money. */
const extractor = createExtractor({ types: ["money", "percent"] });
const money = (text: string, meta: { url?: string } = {}) =>
  extractor.extract(text, { id: "t", ...meta }).facts.flatMap((f) => (f.type === "money" ? [f.value] : []));

const corpus: [Partial<MoneyValue>[], string[]][] = [
  [[{ amount: 460_000_000, currency: "USD" }], ["exceeded $460 million.", "reached US$460 million", "USD 460 million in total", "460 million US dollars", "$460mn", "$0.46bn"]],
  [[{ amount: 1_000_000_000, currency: "USD" }], ["to bring the turnover up to $1 billion", "one billion dollars", "a $1bn deal"]],
  [[{ amount: 15_000_000_000, currency: "KZT" }], ["allocated 15 billion tenge", "KZT 15 billion", "₸15 billion", "15 bln tenge", "15 000 000 000 tenge"]],
  [[{ amount: 100_000_000, currency: "AZN" }], ["100 million manats", "AZN 100 million", "₼100 million"]],
  // Gulf releases write the riyal, dinar and rial with two capitals
  [[{ amount: 2_000_000_000, currency: "QAR" }], ["QR 2 billion", "QR2bn"]],
  [[{ amount: 3_000_000_000, currency: "SAR" }], ["SR 3 billion", "SAR 3 billion"]],
  [[{ amount: 5_000_000, currency: "KWD" }], ["KD 5 million", "KD5m"]],
  [[{ amount: 2_000_000, currency: "BHD" }], ["BD 2 million"]],
  [[{ amount: 300_000_000, currency: "OMR" }], ["RO 300 million"]],
  [[{ amount: 5_000_000_000, currency: "INR" }], ["Rs 500 crore", "₹500 crore", "Rs. 500 crores", "INR 500 crore"]],
  [[{ amount: 4_200_000_000, currency: "USD" }], ["$4.2bn", "$4.2 billion", "$4,200 million"]],
  [[{ amount: 2_010_000, currency: "USD" }], ["$2.01 million"]],
  [[{ amount: 69_000_000, currency: "BDT" }], ["more than 6 Crores and 90 Lacs Taka"]],
  [[{ amount: 0.09, currency: "USD" }], ["an increase of 9 cents"]],
  [[{ amount: 7.25, currency: "USD" }], ["the minimum wage of $7.25 an hour"]],
  [[{ amount: 520, currency: "GBP" }], ["£520 per person"]],
  [[{ amount: 298_000_000, currency: "PHP" }, { amount: 5_900_000, currency: "USD" }], ["Php298 million ($5.9 million)"]],
  [[{ amount: 1_000_000, currency: "USD", range: "low" }, { amount: 2_000_000, currency: "USD", range: "high" }], ["$1-2 million", "between $1 million and $2 million"]],
  [[{ amount: 200_000_000, currency: "USD", qualifier: "over" }], ["more than $200 million"]],
  [[{ amount: 100_000_000, currency: "USD", qualifier: "about" }], ["about $100 million", "approximately $100 million"]],
  [[{ amount: 3_500_000_000, currency: "UZS" }], ["3.5 billion soums", "UZS 3.5 billion"]],
  [[{ amount: 120_000_000, currency: "KGS" }], ["120 million soms", "KGS 120 million"]],
  [[{ amount: 75_000_000, currency: "GEL" }], ["75 million lari", "GEL 75 million", "₾75 million"]],
  [[{ amount: 9_000_000_000, currency: "AMD" }], ["9 billion drams", "AMD 9 billion", "֏9 billion"]],
  [[{ amount: 60_000_000, currency: "TJS" }], ["60 million somoni", "TJS 60 million"]],
  [[{ amount: 2_500_000_000, currency: "RUB" }], ["2.5 billion rubles", "2.5 billion roubles", "RUB 2.5 billion", "₽2.5 billion"]],
  [[{ amount: 8_000_000_000, currency: "CNY" }], ["8 billion yuan", "RMB 8 billion", "CNY 8 billion"]],
  [[{ amount: 3_000_000, currency: "EUR" }], ["€3 million", "EUR 3 million", "3 million euros", "3 million Euro"]],
  [[{ amount: 1_000_000_000_000, currency: "GBP" }], ["£1 trillion"]],
  [[{ amount: 140_000_000, currency: "KES" }], ["KES 140 million", "KSh 140 million", "140 million Kenyan shillings"]],
];

describe("money corpus", () => {
  for (const [expected, phrases] of corpus.filter(([e]) => e.length > 0)) {
    test.each(phrases)("%s", (phrase) => {
      const values = money(phrase);
      expect(values).toHaveLength(expected.length);
      expected.forEach((e, i) => expect(values[i]).toMatchObject(e));
    });
  }
});

describe("which dollar a bare $ means", () => {
  test.each([
    ["https://www.treasurer.gov.au/media-release/x", "AUD"],
    ["https://www.canada.ca/en/department-finance/news.html", "CAD"],
    ["https://www.beehive.govt.nz/release/x", "NZD"],
    ["https://www.dol.gov/newsroom/releases/x", "USD"],
    ["https://www.mof.gov.sg/news", "SGD"],
  ])("%s -> %s", (url, currency) => {
    expect(money("The Government will invest $5 million.", { url })).toEqual([{ amount: 5_000_000, currency }]);
  });
  test("the text's own country words decide when there is no URL", () => {
    const text = "The Australian Government will invest $5 million across Australia, the Treasurer said.";
    expect(money(text)).toEqual([{ amount: 5_000_000, currency: "AUD" }]);
  });
  test("a release with no cue keeps USD", () => {
    expect(money("Kazakhstan and Azerbaijan trade reached $185 million.")).toEqual([{ amount: 185_000_000, currency: "USD" }]);
  });
  test("manat means AZN in Azerbaijan and TMT in Turkmenistan", () => {
    expect(money("Azerbaijan allocated 100 million manats.")).toEqual([{ amount: 100_000_000, currency: "AZN" }]);
    expect(money("Turkmenistan allocated 100 million manats to Ashgabat projects.")).toEqual([{ amount: 100_000_000, currency: "TMT" }]);
  });
  test("sum is the Uzbek som; a ruble is Belarusian in a Belarusian release", () => {
    expect(money("The deficit amounted to 4.2 trillion sum.")).toEqual([{ amount: 4_200_000_000_000, currency: "UZS" }]);
    expect(money("Belarus allocated 2 billion rubles.")).toEqual([{ amount: 2_000_000_000, currency: "BYN" }]);
    expect(money("Russia allocated 2 billion rubles.")).toEqual([{ amount: 2_000_000_000, currency: "RUB" }]);
  });
  test("a dateline in capitals is a cue too", () => {
    expect(money("ASHGABAT, 3 June 2024 — The President approved 60 billion manats.")).toEqual([{ amount: 60_000_000_000, currency: "TMT" }]);
    expect(money("BAKU, 3 June 2024 — The President approved 60 billion manats.")).toEqual([{ amount: 60_000_000_000, currency: "AZN" }]);
  });
  test("som means KGS in Kyrgyzstan and UZS in Uzbekistan", () => {
    expect(money("Kyrgyzstan budgeted 5 billion som.")).toEqual([{ amount: 5_000_000_000, currency: "KGS" }]);
    expect(money("Uzbekistan budgeted 5 billion som in Tashkent.")).toEqual([{ amount: 5_000_000_000, currency: "UZS" }]);
  });
});

describe("not money", () => {
  test.each([
    "In 2021 the two countries signed 20 documents.",
    "Around 160 companies with Kazakh capital operate in Azerbaijan.",
    "Call +7 7172 74 50 12 or 1-800-555-0199 for details.",
    "Under clause 4.2 of the agreement and Article 12, the parties agreed.",
    "the 30th anniversary of diplomatic relations and the 12th forum",
    "More than 2,000 people attended; 1,992 tonnes were shipped.",
    "millions of pounds, thousands of dollars a year, multi-million dollar payments",
    "each additional dollar counts",
    "40% of respondents",
    "The USDA 2023 report and the ALL 5 MEMBERS note",
  ])("%s", (text) => {
    expect(money(text)).toEqual([]);
  });
});

test("country words count only as whole words", () => {
  const text = "Austroaustralian and Xcanadian firms will invest $5 million.";
  expect(money(text)).toEqual([{ amount: 5_000_000, currency: "USD" }]);
});
