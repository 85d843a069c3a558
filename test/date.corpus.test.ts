import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";

/**
 * Phrase -> the ISO values of every date fact it gives, grouped by value
 * (duckling style). Unless a group says otherwise the phrases are read as
 * published on Tuesday 2 April 2024; an interval counts as one value "a/b".
 */
const extractor = createExtractor({ types: ["date"] });
const isos = (text: string, published: string, url?: string) =>
  extractor
    .extract(text, { id: "t", published, ...(url !== undefined ? { url } : {}) })
    .facts.flatMap((f) => (f.type === "date" ? [f.value.iso] : []));

const REF = "2024-04-02";
type Group = { value: string[]; texts: string[]; published?: string; url?: string };

const corpus: Group[] = [
  // absolute days
  { value: ["1992-08-30"], texts: ["August 30, 1992", "30 August 1992", "30th August 1992", "Aug. 30, 1992", "30 Aug 1992", "30/08/1992", "30.08.1992", "30 of August 1992", "on 30 August, 1992", "August 30th, 1992", "1992-08-30"] },
  { value: ["2022-10-26"], texts: ["date 2022-10-26 By Azernews", "2022/10/26", "26 October 2022", "October 26, 2022", "Wednesday, 26 October 2022", "Wednesday, October 26, 2022"] },
  { value: ["2015-07-15"], texts: ["Daily News 15 / 07 / 2015", "Brussels, 15 July 2015"] },
  { value: ["2014-07-10"], texts: ["7/10/2014"], url: "https://www.treasury.gov/connect/blog" },
  { value: ["2014-10-07"], texts: ["7/10/2014"], url: "https://www.gov.uk/government/news" },
  { value: ["2025-01-20"], texts: ["As of 01/20/2025, information may be out of date."] },
  { value: ["2024-02-01"], texts: ["Posted On: 01 FEB 2024 12:45PM by PIB Delhi", "01 Feb 2024", "1 Feb. 2024", "FEB 1, 2024"] },
  { value: ["2020-10-22"], texts: ["through Oct. 22, 2020", "until October 22, 2020,", "22nd October 2020"] },
  // a match a rule rejects ("23 and 30" after a digit) must not hide the date inside it
  { value: ["2023", "2024-09-30"], texts: ["spent in 2023 and 30 Sept 2024 alike", "in 2023 and 30-Sep-2024 alike"] },
  // a day without a year takes the year nearest to publication that fits the tense
  { value: ["2024-03-12"], texts: ["The deal was signed on 12 March.", "They met on March 12.", "talks held on 12 March", "the 12th of March meeting was"] },
  { value: ["2025-03-12"], texts: ["The summit will take place on 12 March.", "The forum will open on March 12."] },
  { value: ["2024-08-19"], texts: ["It will open on Aug. 19."] },
  { value: ["2023-08-19"], texts: ["It opened on Aug. 19."] },
  { value: ["2023-12-20"], texts: ["The law was adopted on 20 December."] },
  // an infinitive or "to be" looks ahead whatever the main verb's tense
  { value: ["2025-02-01"], texts: ["The minister instructed the agencies to submit proposals by February 1.", "He invited companies to the forum to be held on 1 February."] },
  { value: ["2024-03"], texts: ["Inflation rose to 5pc in March.", "Inflation rose to 5 per cent in March."] },
  { value: ["2024-04-01", "2024-07-01"], texts: ["Yesterday the Cabinet approved an increase starting from 1 July."] },
  // a decimal point is no clause end: "increased by 0.3 per cent in the June quarter"
  { value: ["2023-Q4"], texts: ["GDP increased by 0.3 per cent in the December quarter to be 2.7 per cent higher."] },
  { value: ["2024-04-02", "2024-04-02"], texts: ["data released today (2 April)", "released today (2nd April)"] },
  // day ranges
  { value: ["2024-05-15/2024-05-17"], texts: ["May 15-17", "15-17 May 2024", "15–17 May 2024", "15 to 17 May 2024", "the forum will run 15-17 May"] },
  { value: ["2019-05-23/2019-05-26"], texts: ["elections on 23-26 May 2019", "23 – 26 May 2019"] },
  { value: ["2015-07-12/2015-07-13"], texts: ["the Euro Summit on 12/13 July"], published: "2015-07-15" },
  { value: ["2007-12-03/2013-06-27"], texts: ["3 December 2007 - 27 June 2013", "from 3 December 2007 to 27 June 2013"] },
  { value: ["2017-11-19/2017-11-20"], texts: ["19-20 November 2017", "November 19-20, 2017", "19–20 Nov 2017"] },
  { value: ["2024-07-01/2024-09-30"], texts: ["1 July – 30 September 2024", "from 1 July to 30 September 2024"] },
  { value: ["2024-05-05"], texts: ["the 5th of May", "May 5th", "on 5 May"] },
  // months
  { value: ["2023-06"], texts: ["June 2023", "in June 2023", "June of 2023", "[June 2023]", "Jun. 2023", "JUNE 2023"] },
  { value: ["2008-02"], texts: ["since February of 2008", "February 2008"] },
  { value: ["2023-10"], texts: ["Wages rose in October.", "October was the strongest month.", "since October", "the October jobs report showed", "October’s figures were"] },
  { value: ["2024-03"], texts: ["Exports grew in March.", "since March", "last month", "Exports fell last month."] },
  { value: ["2024-05"], texts: ["The talks will resume in May.", "next month", "The plan starts next month."] },
  { value: ["2024-04"], texts: ["this month", "this month's report", "earlier this month", "This month"] },
  { value: ["2008-07"], texts: ["tax cuts, which came into effect from July"], published: "2008-09-03" },
  { value: ["2024-01/2024-05"], texts: ["in January-May", "between January and May"] },
  // a yearless span takes the year its end takes: a past January-May has ended
  { value: ["2024-01/2024-05"], texts: ["exports in January–May grew"], published: "2024-06-14" },
  { value: ["2025-01/2025-02", "2025-03-20"], texts: ["The committee will publish the data for January-February on 20 March."], published: "2025-02-27" },
  // a sentence that says "this year" keeps its yearless dates in the year of publication
  { value: ["2025", "2025-11-04/2025-11-06"], texts: ["Major festivals this year include the Water Festival on 4–6 November."], published: "2025-01-28" },
  // a perfect infinitive looks back: "estimated to have risen"
  { value: ["2025-Q2"], texts: ["GDP is estimated to have risen by 3% in the second quarter."], published: "2025-05-20" },
  // a scheduled event in the present tense is still to come
  { value: ["2024-12-02"], texts: ["The programme starts on Monday."], published: "2024-11-28" },
  { value: ["2024/2027"], texts: ["maintenance in 2024-27", "the 2024–27 programme"] },
  // a numeric dateline that is the publication date read one way settles the order; hyphens too
  { value: ["2025-02-05"], texts: ["Press Release\n05/02/2025\n\nCabinet approves the budget."], published: "2025-02-05" },
  { value: ["2025-08-19"], texts: ["President's Media Division\n19-08-2025\n\nThe President directs officials."], published: "2025-08-19" },
  { value: ["2025-Q2"], texts: ["the second-quarter 2025 tranche"] },
  // a span that runs over the new year starts in the year before its end
  { value: ["2024-07/2025-02"], texts: ["Collections reached PRs 7.34 trillion in July–February.", "in July-February 2025"], published: "2025-03-26" },
  { value: ["2024-11/2025-01"], texts: ["Employment strengthened in the three months from November to January.", "between November and January"], published: "2025-03-12" },
  // a quarter still under way is this year's, in the future tense too
  { value: ["2025-Q1"], texts: ["We expect yields to remain high in the first quarter."], published: "2025-02-05" },
  // in the month after a quarter ends, its figures are what is still to come; later, the next one is
  { value: ["2025-Q3"], texts: ["Data for the third quarter will be released soon."], published: "2025-10-02" },
  { value: ["2024-Q4"], texts: ["Figures for the fourth quarter will be published shortly."], published: "2025-01-10" },
  { value: ["2026-Q3"], texts: ["The plant will open in the third quarter."], published: "2025-11-20" },
  { value: ["2024-10-29/2024-10-31"], texts: ["the forum, held in Riyadh from October 29 to 31,"], published: "2024-10-30" },
  { value: ["2023-03/2023-06"], texts: ["between March and June 2023", "from March to June 2023", "March-June 2023"] },
  // years
  { value: ["2021"], texts: ["in 2021", "since 2021", "by 2021", "2021 was a record year", "During 2021,", "mid-2021", "the first half of 2021", "the second half of 2021", "summer 2021", "Fact Sheets > 2021", "EU News 7/2021", "Media Release - #2021093, 2021", "the 2021 figure"] },
  { value: ["2014", "2017"], texts: ["visited as Foreign Minister in 2014 and\n2017", "in 2014 and in 2017"] },
  { value: ["1995/2021"], texts: ["from 1995 to 2021", "from 1995 through 2021", "between 1995 and 2021", "1995-2021", "1995–2021"] },
  { value: ["2019/2024"], texts: ["the next strategic agenda 2019-2024", "the agenda for 2019–2024."] },
  { value: ["2016/2017"], texts: ["2016-17", "2016–17", "2016‑17", "the 2016-17 Budget", "the 2016-17 financial year", "2016/17", "FY2016-17"] },
  { value: ["2023/2024"], texts: ["the 2023/24 season", "in the years 2023-2024", "between 2023 and 2024"] },
  { value: ["2008/2009"], texts: ["a record $100 billion in 2008-09"] },
  { value: ["2024"], texts: ["FY2024", "FY 2024", "fiscal year 2024", "Fiscal Year 2024", "FY24", "this year", "This year,", "the current year", "earlier this year", "the first four months of this year", "the second half of this year", "next week", "this week", "last week", "This week’s Federal Budget", "last week’s earthquake", "a week ago", "two weeks ago"] },
  { value: ["2023"], texts: ["last year", "Last year, trade grew.", "the previous year", "a year earlier", "a year ago", "one year ago", "last year’s figures", "previous year"] },
  { value: ["2025"], texts: ["next year", "Next year"] },
  { value: ["2017"], texts: ["seven years ago", "7 years ago"] },
  { value: ["1992/2002"], texts: ["from Fiscal Year 1992 through Fiscal Year 2002", "from FY 1992 to FY 2002"] },
  // quarters
  { value: ["2023-Q2"], texts: ["Q2 2023", "Q2/2023", "2023-Q2", "2023 Q2", "the second quarter of 2023", "2nd quarter of 2023", "the June quarter 2023", "June Quarter 2023", "the June quarter of 2023"] },
  { value: ["2024-Q1"], texts: ["the first quarter of this year", "last quarter", "in the March quarter", "Sales rose in Q1.", "GDP grew in the first quarter."] },
  { value: ["2016-Q1"], texts: ["up from 3.0 per cent in the March quarter"], published: "2016-09-07" },
  { value: ["2024-Q3"], texts: ["next quarter", "The scheme will start in the third quarter."] },
  // days relative to publication
  { value: ["2024-04-02"], texts: ["today", "Today, the minister said", "today’s report", "today's meeting", "this morning", "tonight", "this evening"] },
  { value: ["2024-04-01"], texts: ["yesterday", "yesterday's cut in rates", "Yesterday,"] },
  { value: ["2024-04-03"], texts: ["tomorrow", "The Prime Minister will be here tomorrow."] },
  { value: ["2024-03-31"], texts: ["two days ago"] },
  { value: ["2024-01"], texts: ["three months ago"] },
  // the last quarter of a stated year is its fourth; Roman numerals as Central Asian releases write them
  { value: ["2023-Q4"], texts: ["In the last quarter of 2023, investment declined.", "in the IV quarter of 2023", "4Q 2023"] },
  { value: ["2024-03-31"], texts: ["The day before yesterday, the parliament adopted the law."] },
  { value: ["2024-04-04"], texts: ["The delegation will arrive the day after tomorrow."] },
  // numbers that end in a year-like group are not years
  { value: [], texts: ["For inquiries call +998 71 233 2030.", "Contact: press@mfa.kz, tel. +7 7172 72 2024.", "A 2000-km pipeline will connect the fields."] },
  { value: ["2024-01/2024-04"], texts: ["The figures for Jan-Apr 2024 show an increase."] },
  // a half-year gives its year, after a letter and a digit
  { value: ["2024"], texts: ["GDP grew by 6.4 percent in H1 2024.", "Growth is expected to accelerate in H2 2024."] },
  { value: [], texts: ["IRNA News Code 9407**2051"] },
  // a day a few days ahead is this year's whatever the verbs say
  { value: ["2024-06-08"], texts: ["The official exchange rate set by the Central Bank for June 8 is 89.1 rubles."], published: "2024-06-07" },
  { value: ["2025-03-06/2025-03-12"], texts: ["The Defence Force deployed 1,000 personnel to assist with the response from 6 to 12 March."], published: "2025-03-13" },
  // a weekday stated with a yearless day chooses the year
  { value: ["2024-11-04"], texts: ["The President announced that Monday, November 4, has been declared a day of mourning."], published: "2024-10-28" },
  { value: ["2023-11-04"], texts: ["The forum closed on Saturday, 4 November."], published: "2024-10-28" },
  // "and" inside a name does not end the clause
  { value: ["2025-10-21/2025-10-23"], texts: ["The ministry was instructed to hold the Oil and Gas conference on October 21-23."], published: "2025-02-28" },
  // a row of years in a flattened table keeps each
  { value: ["2022", "2023", "2024"], texts: ["2022 2023 2024"] },
  // a yearless month or day anchored by what follows it: "March of last year"
  // one mention: the anchor is part of the date, not a second year
  { value: ["2024-01/2024-10"], texts: ["In January-October of this year, cargo transportation increased.", "In January-October this year, exports increased.", "In January-October of the current year, exports increased."], published: "2024-11-05" },
  { value: ["2023-03"], texts: ["In March of last year, the Government approved the roadmap.", "in March last year"] },
  { value: ["2025-03-05"], texts: ["On 5 March next year the forum will open.", "on 5 March of next year"] },
  { value: ["2024-11-10/2024-11-11"], texts: ["on November 10-11 of the current year in Baku", "on 10-11 November of this year"] },
  { value: ["2024-03", "2023"], texts: ["In March, last year's results were published."] },
  // the calques of translated releases
  { value: ["2024-03-05"], texts: ["On 5-th of March the law was signed."] },
  { value: ["2024"], texts: ["In 2024-year the exports of fruits grew."] },
  { value: ["2023-Q4"], texts: ["In IV quarter 2023, the exports grew by 9 percent."] },
  // weekdays: tense decides past or next, reports default to the past
  { value: ["2024-03-29"], texts: ["last Friday", "The minister said on Friday", "data released Friday", "Friday's meeting was productive"] },
  { value: ["2024-04-05"], texts: ["The minister will travel on Friday.", "next Friday", "The upcoming summit on Friday"] },
  // a fronted or parenthetical weekday takes the tense of its sentence
  { value: ["2024-04-05"], texts: ["On Friday, the minister will meet investors.", "The President will, on Friday, visit Aktau.", "On Friday, the President is expected to visit Aktau."] },
  { value: ["2024-03-27"], texts: ["Speaking to reporters on Wednesday, the spokesperson confirmed the visit.", "On Wednesday, the ministers signed the accord."] },
  { value: ["2024-04-01"], texts: ["announced on Monday", "Monday’s Euro Summit agreement"] },
  { value: ["2024-03-26"], texts: ["last Tuesday"] },
  { value: ["2024-04-08"], texts: ["next Monday", "The minister will visit on Monday.", "Shops may register from Monday.", "Applicants can register from Monday.", "Registration opens on Monday."] },
  // what runs on, or is being prepared, is still to come; a range still going on keeps this year
  { value: ["2024-10-10"], texts: ["The fair, which runs until Thursday, brings together 300 exhibitors."], published: "2024-10-08" },
  { value: ["2025-02-14"], texts: ["The two-day session ends on Friday."], published: "2025-02-13" },
  // "since" puts its date in the past whatever the clause says
  { value: ["2025-01"], texts: ["More than 6,800 migrants were assisted to return voluntarily since January."], published: "2025-08-19" },
  // the nth weekday of a month
  { value: ["2025-05-06"], texts: ["the first ordinary session, which opens on the first Tuesday of May"], published: "2025-04-10" },
  // "unchanged" is no past verb
  { value: ["2025-12-31"], texts: ["Heat tariffs remain unchanged at 3,412.6 tenge per gigacalorie until 31 December."], published: "2025-09-16" },
  // "coming" as a participle ("coming forward") does not look ahead
  { value: ["2025-01"], texts: ["The number of people coming forward for testing had risen by 40 percent since the launch of the campaign in late January."], published: "2025-02-06" },
  { value: ["2025-05-24"], texts: ["The participants reviewed preparations for the celebration of Independence Day on 24 May."], published: "2025-03-12" },
  { value: ["2022-11-06/2022-11-18"], texts: ["Egypt signed agreements during the conference, which runs from 6 to 18 November."], published: "2022-11-18" },
  // a deadline weeks after publication, in a past clause, is still this year's
  { value: ["2025-03-31"], texts: ["The Centre sanctioned the loan but insisted on its utilisation by March 31, which was not practical."], published: "2025-03-13" },
  // an ordinal suffix in capitals, as a heading writes it
  { value: ["2024-09-20"], texts: ["PRESS RELEASE\n20TH SEPTEMBER, 2024"], published: "2024-09-20" },
  // "May" the month is no modal
  { value: ["2023-05", "2024-04-01"], texts: ["In May the bank said on Monday that exports rose."], published: "2024-04-02" },
  // a weekday of the week before, this one or the next
  { value: ["2025-10-14"], texts: ["approved by the Cabinet on Tuesday last week", "The plan was approved on Tuesday previous week."], published: "2025-10-22" },
  { value: ["2025-10-24", "2025-10-30"], texts: ["on Friday this week and on Thursday next week"], published: "2025-10-22" },
  { value: ["2020-10-29"], texts: ["the economic data released Thursday"], published: "2020-11-02" },
  { value: ["2021-08-02"], texts: ["He reiterated the announcement on Monday that USAID will provide $30 million."], published: "2021-08-04" },
];

/** Phrases that must give no date at all. */
const negatives = [
  // years of other calendars: Ethiopian, Nepal's Bikram Sambat, Hijri
  "the results of the 2016 E.C. national examination",
  // a Nepali fiscal year without its era mark, decades after publication
  "the budget for the upcoming fiscal year 2082/83", "the 2018 E.F.Y. budget", "the 2082/83 BS budget", "in 1446 AH",
  "eight months", "for eight months", "30 years", "the 30th anniversary", "the 12th forum", "the 27th consecutive year",
  "over the last year", "over the last 12 months", "for the past year", "for the past two years", "It is 10 years since",
  "a 10-year pipeline", "a 20-year high", "10 months in a row", "over the next decade", "the end of the decade",
  "2000 people", "about 2000 participants", "1,992 tonnes", "1992 tonnes", "more than 3000 employees",
  "recently", "soon", "in the near future", "the 1990s", "the late 1990s", "the early 1970s", "the 21st century",
  "COVID-19", "Covid-19 pandemic", "Bill C-19", "MN-01", "HRC 51", "EU27", "EU-27", "91 11 24198000", "+32 229 91382",
  "tarp1.png", "#2016093", "at 11:41 am", "Good afternoon.", "Fox News Sunday", "Gordon Campbell | Parliament Today | Video",
  "whose mission is Financing Infrastructure for Tomorrow in Asia", "the Leaders of Today and Tomorrow forum",
  "New Year message", "the Christmas, Easter and summer holidays", "this financial year", "the next financial year",
  "May I add something?", "We may see growth.", "the Marsudi visit", "Disaster Resilience Week", "that week",
  "a rise of 2019%", "$2021 million", "version 2.2024", "the first three quarters", "a quarter of the budget", "Decree No. 1992", "at 2000 hours",
  "since the beginning of the year",
];

describe.each(corpus)("$value", ({ value, texts, published, url }) => {
  test.each(texts.filter((t) => t.length > 0))("%s", (text) => {
    expect(isos(text, published ?? REF, url)).toEqual(value);
  });
});

describe("not dates", () => {
  test.each(negatives)("%s", (text) => {
    expect(isos(text, REF)).toEqual([]);
  });
});

describe("cost", () => {
  test("a page of thousands of dates is settled in linear time", () => {
    const text = "January 1, in May 2020 and last year, ".repeat(3000);
    const started = performance.now();
    const facts = extractor.extract(text, { id: "many", published: REF }).facts;
    expect(facts).toHaveLength(9000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
