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
  [[{ amount: 140_000_000, currency: "KES" }], ["KES 140 million", "KSh 140 million", "140 million Kenyan shillings", "Sh 140 million", "Sh140m"]],
  // hyphenated before a noun: "a 500-million-dollar loan"
  [[{ amount: 500_000_000, currency: "USD" }], ["a 500-million-dollar loan", "500 million US Dollars", "$US500 million"]],
  [[{ amount: 100_000_000_000, currency: "KZT" }], ["a 100-billion-tenge programme"]],
  [[{ amount: 1_000_000_000, currency: "USD", range: "low" }, { amount: 1_500_000_000, currency: "USD", range: "high" }], ["USD 1-1.5 billion", "USD 1 billion to USD 1.5 billion"]],
  [[{ amount: 2_100_000_000_000_000, currency: "VND" }], ["VND 2.1 quadrillion"]],
  [[{ amount: 0.055, currency: "USD" }], ["5.5 US cents per kWh"]],
  [[{ amount: 5_000_000, currency: "AUD" }], ["$A5 million"]],
  [[{ amount: 1_200_000_000, currency: "RUB" }], ["Rbl 1.2 billion", "1.2 billion rub."]],
  [[{ amount: 41_000_000_000, currency: "EGP" }], ["LE 41 billion"]],
  [[{ amount: 1_200_000_000, currency: "AED" }], ["Dh1.2 billion"]],
  [[{ amount: 1_200_000_000_000, currency: "MNT" }], ["1.2 trillion tugrug"]],
  [[{ amount: 800_000_000_000, currency: "UZS" }], ["800 billion so\u2018m", "800 billion so\u2019m"]],
  [[{ amount: 3_000_000_000, currency: "UAH" }], ["3 billion hryvnyas"]],
  [[{ amount: 760_000_000, currency: "XDR" }], ["SDR 760 million"]],
  // a year before the value a figure reached is not the low end of a range
  [[{ amount: 1_200_000_000_000, currency: "KZT" }], ["increased in 2023 to 1.2 trillion tenge", "grew by 2024 to 1.2 trillion tenge"]],
  [[{ amount: 2_000, currency: "KZT", range: "low" }, { amount: 2_500, currency: "KZT", range: "high" }], ["prices from 2000 to 2500 tenge"]],
  // machine-translated releases run a year into the amount without a comma
  [[{ amount: 2_500_000_000_000, currency: "KZT" }], ["In 2024 2.5 trillion tenge will be allocated."]],
  // a magnitude abbreviated with a full stop before the code
  [[{ amount: 450_000_000, currency: "USD" }], ["Exports reached 450 mln. USD in January", "450 mln USD"]],
  [[{ amount: 17_000_000_000_000, currency: "UZS" }], ["amounted to 17 trln. UZS"]],
  // a magnitude letter after a hyphen, as Philippine releases write it
  [[{ amount: 10_000_000_000, currency: "PHP" }], ["PBBM orders release of PHP10-B for rice farmers"]],
  // the short forms local releases write
  [[{ amount: 12_500_000_000, currency: "JOD" }], ["total expenditures of JD12.5 billion"]],
  [[{ amount: 9_700_000_000_000, currency: "UGX" }], ["Key allocations include Shs 9.7 trillion"]],
  [[{ amount: 5_690_100_000_000, currency: "RWF" }], ["amounting to Frw 5,690.1 billion", "Rwf 5,690.1 billion"]],
  [[{ amount: 6_540_000_000_000, currency: "LAK" }], ["reached 6,540 billion kip"]],
  [[{ amount: 300, currency: "THB" }], ["waiving the Bt300 tourism entry fee"]],
  // the rest of the world's currencies, by sign, code or name
  [[{ amount: 68_000_000, currency: "ERN" }], ["68 million Nakfa", "Nfa 68 million", "ERN 68 million"]],
  [[{ amount: 45_000_000, currency: "SLE" }], ["NLe 45 million", "45 million new leones", "SLE 45 million"]],
  [[{ amount: 18_600_000, currency: "TOP" }], ["T$18.6 million", "18.6 million pa'anga"]],
  [[{ amount: 0.1, currency: "TOP" }], ["10 seniti per kilowatt-hour"]],
  [[{ amount: 4_600_000_000, currency: "SBD" }], ["the SBD$4.6 billion 2025 Budget", "SI$4.6 billion"]],
  [[{ amount: 250_000, currency: "AWG" }], ["Afl. 250,000", "250,000 florins"]],
  [[{ amount: 3_000_000, currency: "BZD" }], ["BZ$3 million"]],
  [[{ amount: 12_000_000, currency: "KYD" }], ["CI$12 million"]],
  [[{ amount: 90_000_000_000, currency: "BIF" }], ["FBu 90 billion", "90 billion Burundian francs"]],
  [[{ amount: 1_500_000, currency: "DJF" }], ["1.5 million Djiboutian francs"]],
  [[{ amount: 700_000_000, currency: "CRC" }], ["₡700 million", "700 million colones"]],
  [[{ amount: 80_000_000, currency: "CVE" }], ["80 million escudos"]],
  [[{ amount: 2_000_000_000, currency: "MRU" }], ["2 billion ouguiyas", "Mauritania allocated UM 2 billion"]],
  [[{ amount: 5_000_000, currency: "PAB" }], ["B/. 5 million", "5 million balboas"]],
  [[{ amount: 40_000_000, currency: "MOP" }], ["MOP$40 million", "40 million patacas"]],
  [[{ amount: 3_000_000, currency: "GMD" }], ["3 million dalasis"]],
  [[{ amount: 9_000_000, currency: "STN" }], ["9 million dobras", "Db 9 million"]],
  [[{ amount: 6_000_000, currency: "SZL" }], ["6 million emalangeni"]],
  [[{ amount: 2_000_000, currency: "LSL" }], ["2 million maloti"]],
  [[{ amount: 500_000_000, currency: "GTQ" }], ["500 million quetzales"]],
  [[{ amount: 43_118_000_000_000, currency: "XOF" }], ["CFAF 43 118 billion"]],
  // the first end of a range keeps its own size when it is already the larger number
  [[{ amount: 600_000, currency: "INR", range: "low" }, { amount: 1_200_000, currency: "INR", range: "high" }], ["between Rs600,000 and Rs1.2 million"]],
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

describe("decimal marks", () => {
  test("a document that writes its decimals with a comma groups thousands with a point", () => {
    expect(money("The fund holds 25,6 billion denars; the average wage is 24.379 denars and the grant EUR 30.000.")).toEqual([
      { amount: 25_600_000_000, currency: "MKD" },
      { amount: 24_379, currency: "MKD" },
      { amount: 30_000, currency: "EUR" },
    ]);
  });
  test("elsewhere a point followed by three digits is a decimal point", () => {
    expect(money("The rate was 24.379 denars, up from 24.10 denars.")).toEqual([
      { amount: 24.379, currency: "MKD" },
      { amount: 24.1, currency: "MKD" },
    ]);
  });
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
  test("the Solomon Islands' and Tonga's dollars, by the country the release is about", () => {
    expect(money("Solomon Islands revenue reached $1.87 billion, the Solomon Islands Government said in Honiara.")).toEqual([{ amount: 1_870_000_000, currency: "SBD" }]);
    expect(money("The Government of Tonga will pay $200 to each household in Tonga.")).toEqual([{ amount: 200, currency: "TOP" }]);
  });
  test("Q, D, DA and Ar are the quetzal, dalasi, Algerian dinar and ariary where their country is named; a short price per unit counts", () => {
    expect(money("Guatemala approved Q163,783.8 million.")).toEqual([{ amount: 163_783_800_000, currency: "GTQ" }]);
    expect(money("The Gambia allocated D2.45bn to roads.")).toEqual([{ amount: 2_450_000_000, currency: "GMD" }]);
    expect(money("Algeria's budget reaches DA 16,794.6 billion.")).toEqual([{ amount: 16_794_600_000_000, currency: "DZD" }]);
    expect(money("Madagascar collected Ar 2,184.3 billion.")).toEqual([{ amount: 2_184_300_000_000, currency: "MGA" }]);
    expect(money("The Philippine DA sets the price of rice at P49 per kilo.")).toEqual([{ amount: 49, currency: "PHP" }]);
  });
  test("K is the kwacha in Malawi, VT the vatu in Vanuatu", () => {
    expect(money("Malawi's budget of K8.06 trillion was tabled.")).toEqual([{ amount: 8_060_000_000_000, currency: "MWK" }]);
    expect(money("Vanuatu will spend VT 2.8 billion on recovery.")).toEqual([{ amount: 2_800_000_000, currency: "VUV" }]);
  });
  test("a sign that is also a common abbreviation counts only where its country is named", () => {
    expect(money("Mauritania approved UM 2 billion for roads.")).toEqual([{ amount: 2_000_000_000, currency: "MRU" }]);
    expect(money("Option UM 2 billion was rejected.")).toEqual([]);
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
  test("a country the text merely names does not take the dollar", () => {
    expect(money("Kyrgyzstan's exports to Canada reached $50 million.")).toEqual([{ amount: 50_000_000, currency: "USD" }]);
    expect(money("Uzbekistan and Australia signed deals worth $1 billion, the Uzbek ministry said.")).toEqual([{ amount: 1_000_000_000, currency: "USD" }]);
    expect(money("Canada will invest $50 million in Canadian ports, the Canadian minister said in Kyrgyzstan.")).toEqual([{ amount: 50_000_000, currency: "CAD" }]);
  });
  test("R, N and P are money only where the text names their country, and only before an amount", () => {
    expect(money("South Africa's Treasury allocated R1.2 billion and a R370 grant.")).toEqual([
      { amount: 1_200_000_000, currency: "ZAR" },
      { amount: 370, currency: "ZAR" },
    ]);
    expect(money("Nigeria's 2024 budget of N28.7 trillion was signed.")).toEqual([{ amount: 28_700_000_000_000, currency: "NGN" }]);
    expect(money("The Philippine 2024 national budget is P5.768 trillion.")).toEqual([{ amount: 5_768_000_000_000, currency: "PHP" }]);
    expect(money("In South Africa, the N1 and R21 roads will be closed; Nigeria received 2 million N95 masks.")).toEqual([]);
  });
  test("cents are the rand's in a South African release", () => {
    expect(money("South Africa will collect 22 cents of every rand raised.")).toEqual([{ amount: 0.22, currency: "ZAR" }]);
  });
  test("K and Br are the kyat, kwacha or kina, the Belarusian ruble or birr, by the country the text names", () => {
    expect(money("Myanmar's budget amounts to K 38.5 trillion.")).toEqual([{ amount: 38_500_000_000_000, currency: "MMK" }]);
    expect(money("Zambia's budget amounts to K217 billion.")).toEqual([{ amount: 217_000_000_000, currency: "ZMW" }]);
    expect(money("Belarus earned Br49.6 billion.")).toEqual([{ amount: 49_600_000_000, currency: "BYN" }]);
    expect(money("Ethiopia allocated Br 971 billion.")).toEqual([{ amount: 971_000_000_000, currency: "ETB" }]);
    expect(money("Grade K 12 pupils and Br 5 tags")).toEqual([]);
  });
  test("won is money only in a text about Korea", () => {
    expect(money("South Korea will spend 5 billion won on research.")).toEqual([{ amount: 5_000_000_000, currency: "KRW" }]);
    expect(money("In 2022 won 5 medals; the team won 3 of 4.")).toEqual([]);
  });
  test("the peso countries write their peso with a bare $", () => {
    expect(money("Colombia's Ministry of Finance said the budget adds $20 trillion.")).toEqual([{ amount: 20_000_000_000_000, currency: "COP" }]);
    expect(money("Chile's Treasury raised $45,000 million in Santiago.")).toEqual([{ amount: 45_000_000_000, currency: "CLP" }]);
    expect(money("Mexico's Finance Ministry allocated $1.2 billion.", { url: "https://www.gob.mx/shcp/prensa/x" })).toEqual([{ amount: 1_200_000_000, currency: "MXN" }]);
    expect(money("The United States will give Mexico $5 million.", { url: "https://www.state.gov/x" })).toEqual([{ amount: 5_000_000, currency: "USD" }]);
  });
  test("COP is the Colombian peso only in a Colombian text, and only before an amount", () => {
    expect(money("Colombia will spend COP 523 trillion; COP 3,950 per dollar.")).toEqual([
      { amount: 523_000_000_000_000, currency: "COP" },
      { amount: 3_950, currency: "COP" },
    ]);
    expect(money("Colombia's delegation went to COP 28 in Dubai.")).toEqual([]);
    expect(money("The COP 523 session")).toEqual([]);
  });
  test("Sh and FCFA take the shilling or the CFA franc of the country the text names", () => {
    expect(money("Tanzania's budget of Sh11.8 trillion was read in Dodoma.")).toEqual([{ amount: 11_800_000_000_000, currency: "TZS" }]);
    expect(money("Uganda will spend Sh 2 trillion on roads.")).toEqual([{ amount: 2_000_000_000_000, currency: "UGX" }]);
    expect(money("Kenya's Treasury released Sh 50 billion.")).toEqual([{ amount: 50_000_000_000, currency: "KES" }]);
    expect(money("Senegal will mobilise FCFA 5,667 billion and 350 billion FCFA.")).toEqual([
      { amount: 5_667_000_000_000, currency: "XOF" },
      { amount: 350_000_000_000, currency: "XOF" },
    ]);
    expect(money("Cameroon's budget is FCFA 6,740 billion.")).toEqual([{ amount: 6_740_000_000_000, currency: "XAF" }]);
  });
  test("local short forms: PRs, F$, Birr, gourdes", () => {
    expect(money("Pakistan collected PRs 7.34 trillion.")).toEqual([{ amount: 7_340_000_000_000, currency: "PKR" }]);
    expect(money("Fiji earned F$2.5 billion.")).toEqual([{ amount: 2_500_000_000, currency: "FJD" }]);
    expect(money("Ethiopia's budget is Birr 1.93 trillion.")).toEqual([{ amount: 1_930_000_000_000, currency: "ETB" }]);
    expect(money("Haiti paid 11,000 gourdes and HTG 2.6 billion.")).toEqual([
      { amount: 11_000, currency: "HTG" },
      { amount: 2_600_000_000, currency: "HTG" },
    ]);
  });
  test("DH is the Moroccan dirham in a Moroccan text; Brazil's 'bi' is a billion", () => {
    expect(money("Morocco's desalination plant will cost DH 10 billion.")).toEqual([{ amount: 10_000_000_000, currency: "MAD" }]);
    expect(money("The Climate Fund approved R$ 10.4 bi in Brazil.")).toEqual([{ amount: 10_400_000_000, currency: "BRL" }]);
  });
  test("local signs: Nu., Bs, $us, ₲ and Gs., P in Botswana, Ft, NTD", () => {
    expect(money("Bhutan's budget is Nu. 82.6 billion.")).toEqual([{ amount: 82_600_000_000, currency: "BTN" }]);
    expect(money("Bolivia will spend Bs 7.6 billion (about $us 1,092 million).")).toEqual([
      { amount: 7_600_000_000, currency: "BOB" },
      { amount: 1_092_000_000, currency: "USD", qualifier: "about" },
    ]);
    expect(money("Paraguay collected ₲ 5.2 trillion and Gs. 300 billion.")).toEqual([
      { amount: 5_200_000_000_000, currency: "PYG" },
      { amount: 300_000_000_000, currency: "PYG" },
    ]);
    expect(money("Botswana's budget is P48.3 billion; a levy of 10 thebe.")).toEqual([
      { amount: 48_300_000_000, currency: "BWP" },
      { amount: 0.1, currency: "BWP" },
    ]);
    expect(money("Hungary will spend Ft 1.2 trillion.")).toEqual([{ amount: 1_200_000_000_000, currency: "HUF" }]);
    expect(money("Taiwan exported NTD 220 billion.")).toEqual([{ amount: 220_000_000_000, currency: "TWD" }]);
  });
  test("ZiG, Kz, MT, LL and the Samoan tālā's $; arba and millones are magnitudes", () => {
    expect(money("Zimbabwe's budget is ZiG 68.4 billion.")).toEqual([{ amount: 68_400_000_000, currency: "ZWG" }]);
    expect(money("Angola will spend Kz 412 billion.")).toEqual([{ amount: 412_000_000_000, currency: "AOA" }]);
    expect(money("Mozambique raised MT 23.6 billion.")).toEqual([{ amount: 23_600_000_000, currency: "MZN" }]);
    expect(money("Lebanon's budget is LL 505,723 billion.")).toEqual([{ amount: 505_723_000_000_000, currency: "LBP" }]);
    expect(money("Samoa's budget for Samoa is $1.41 billion; SAT$312.6 million.")).toEqual([
      { amount: 1_410_000_000, currency: "WST" },
      { amount: 312_600_000, currency: "WST" },
    ]);
    expect(money("Nepal allocated Rs 50 arba.")).toEqual([{ amount: 50_000_000_000, currency: "NPR" }]);
    expect(money("Peru invested S/ 2 000 millones.")).toEqual([{ amount: 2_000_000_000, currency: "PEN" }]);
  });
  test("a list states its currency once, at its end; a count before an amount takes none", () => {
    expect(money("Akmola received 6.2 billion, East Kazakhstan 4.8 billion and Karaganda 3.9 billion tenge.")).toEqual([
      { amount: 6_200_000_000, currency: "KZT" },
      { amount: 4_800_000_000, currency: "KZT" },
      { amount: 3_900_000_000, currency: "KZT" },
    ]);
    expect(money("Tourist arrivals reached 4.1 million, generating revenue of US$ 1.1 billion.")).toEqual([{ amount: 1_100_000_000, currency: "USD" }]);
  });
  test("a count after 'to' is not the other end of a range", () => {
    expect(money("The Government released ₦32.9 billion to 8,300 primary health care centres.")).toEqual([{ amount: 32_900_000_000, currency: "NGN" }]);
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
    "Kazakhstan is working towards SDG 4 and SDG 13 targets.",
    "the targeted RON95 fuel subsidy",
  ])("%s", (text) => {
    expect(money(text)).toEqual([]);
  });
});

test("country words count only as whole words", () => {
  const text = "Austroaustralian and Xcanadian firms will invest $5 million.";
  expect(money(text)).toEqual([{ amount: 5_000_000, currency: "USD" }]);
});
