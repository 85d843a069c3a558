import { describe, expect, test } from "vitest";
import { createExtractor } from "../src/index.js";

/** Mentions -> canonical names: each mention is its own fact, value.name is the person's fullest name. */
const extractor = createExtractor({ types: ["person"] });
const mentions = (text: string) =>
  extractor.extract(text, { id: "t" }).facts.flatMap((f) => (f.type === "person" ? [{ text: f.text, name: f.value.name, title: f.value.title }] : []));

describe("person coreference", () => {
  test("two people who share a surname stay apart; a surname goes to the most recent one", () => {
    const text =
      "As part of the official visit, he had a meeting with President Ilham Aliyev. " +
      "He stressed the 100th anniversary of the National Leader of the people of Azerbaijan Heydar Aliyev. " +
      "Aliyev was remembered. " +
      "For his part, Ilham Aliyev expressed confidence. “The agenda is extensive,” Aliyev said.";
    expect(mentions(text).map((m) => [m.text, m.name])).toEqual([
      ["Ilham Aliyev", "Ilham Aliyev"],
      ["Heydar Aliyev", "Heydar Aliyev"],
      ["Aliyev", "Heydar Aliyev"],
      ["Ilham Aliyev", "Ilham Aliyev"],
      ["Aliyev", "Ilham Aliyev"],
    ]);
  });

  test("a father's name tells apart two full names with the same first and last words", () => {
    const text =
      "The Minister of Finance, Shaikh Salman bin Khalifa Al Khalifa, reviewed the budget under the follow-up of " +
      "Prince Salman bin Hamad Al Khalifa, the Crown Prince. Thomas Perez met Thomas E. Perez's staff.";
    expect(mentions(text).map((m) => m.name)).toEqual(["Salman bin Khalifa Al Khalifa", "Salman bin Hamad Al Khalifa", "Thomas E. Perez", "Thomas E. Perez"]);
  });

  test("a father's full name at the end of his son's is the father, not a short form", () => {
    const text = "Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met King Salman bin Abdulaziz Al Saud.";
    expect(mentions(text).map((m) => m.name)).toEqual(["Mohammed bin Salman bin Abdulaziz Al Saud", "Salman bin Abdulaziz Al Saud"]);
  });

  test("surname and title-plus-surname mentions take the full name, each with its own citation", () => {
    const text = "Prime Minister of Kazakhstan Alikhan Smailov arrived in Baku. Smailov met the press. Mr. Smailov said trade grew.";
    const found = mentions(text);
    expect(found.map((m) => m.name)).toEqual(["Alikhan Smailov", "Alikhan Smailov", "Alikhan Smailov"]);
    expect(found.map((m) => m.text)).toEqual(["Alikhan Smailov", "Smailov", "Smailov"]);
    expect(found[0]?.title).toBe("Prime Minister of Kazakhstan");
  });

  test("a fuller form written later is the canonical name", () => {
    expect(mentions("Mr Davies said 2022 had been difficult. Welsh Secretary David TC Davies said:").map((m) => m.name)).toEqual([
      "David TC Davies",
      "David TC Davies",
    ]);
    expect(new Set(mentions("Secretary Perez said. U.S. Secretary of Labor Thomas E. Perez issued a statement.").map((m) => m.name))).toEqual(
      new Set(["Thomas E. Perez"]),
    );
  });

  test("title variants are one person", () => {
    const text = "Exports Minister Malcolm Offord has praised the figures. Minister for Exports Lord Offord said: This is fantastic.";
    expect(new Set(mentions(text).map((m) => m.name))).toEqual(new Set(["Malcolm Offord"]));
  });

  test("other naming orders: family name first, given name with an honorific", () => {
    const wang = "Foreign Minister Wang Yi will visit New Zealand. Mr Peters will host Minister Wang in Wellington.";
    expect(mentions(wang).filter((m) => m.text === "Wang").map((m) => m.name)).toEqual(["Wang Yi"]);
    const retno = "Indonesian Minister for Foreign Affairs Retno Marsudi\n\nMINISTER MARSUDI: Thank you.\n\nMINISTER BISHOP: Ibu Retno, thank you. Foreign Minister Retno agreed.";
    const found = mentions(retno);
    expect(found.filter((m) => /Retno|MARSUDI/.test(m.text)).every((m) => m.name === "Retno Marsudi")).toBe(true);
    expect(found.find((m) => m.text === "BISHOP")?.name).toBe("BISHOP");
  });

  test("a titled surname with no fuller form stands alone; a bare one only when it ends as surnames do", () => {
    expect(mentions("the heart of President Juncker's Investment Offensive").map((m) => m.name)).toEqual(["Juncker"]);
    expect(mentions("“We are working on it,” Smailov said.").map((m) => m.name)).toEqual(["Smailov"]);
    expect(mentions("“We are working on it,” Kapital said.")).toEqual([]);
  });

  test("a two-word surname is found again on its own", () => {
    const text = "Mexican President Andrés Manuel López Obrador received the delegation. López Obrador said Mexico values the partnership.";
    expect(mentions(text).map((m) => [m.text, m.name])).toEqual([
      ["Andrés Manuel López Obrador", "Andrés Manuel López Obrador"],
      ["López Obrador", "Andrés Manuel López Obrador"],
    ]);
  });

  test("the first words of a longer name are a short form of it, written before or after", () => {
    const text = "UAE President, Mohammed bin Rashid witness launch. Sheikh Mohammed bin Rashid Al Maktoum said.";
    expect(new Set(mentions(text).map((m) => m.name))).toEqual(new Set(["Mohammed bin Rashid Al Maktoum"]));
  });

  test("a father's name inside a patronymic is not a short form of the son's", () => {
    const text = "President Ilham Heydar oglu Aliyev honoured Heydar Aliyev.";
    expect(mentions(text).map((m) => m.name)).toEqual(["Ilham Heydar oglu Aliyev", "Heydar Aliyev"]);
  });

  test("an initial glued to the surname finds the full name", () => {
    const text = "Minister of Finance B.Javkhlan said. Boldyn Javkhlan noted.";
    expect(new Set(mentions(text).map((m) => m.name))).toEqual(new Set(["Boldyn Javkhlan"]));
  });

  test("name particles: a surname joined by a particle is found again without it", () => {
    const text = "President Abdel Fattah al-Sisi received the delegation. Sisi said the talks went well.";
    expect(mentions(text).map((m) => [m.text, m.name])).toEqual([
      ["Abdel Fattah al-Sisi", "Abdel Fattah al-Sisi"],
      ["Sisi", "Abdel Fattah al-Sisi"],
    ]);
  });

  test("a title word that is also a surname: Minister Bishop", () => {
    expect(mentions("Minister Bishop and I just had a very good meeting").map((m) => m.name)).toEqual(["Bishop"]);
  });

  test("a lone word refers back only to a person found in the document", () => {
    expect(mentions("Kazakhstan and Azerbaijan agreed. Kazakhstan said.")).toEqual([]);
    const text = "Ilham Aliyev met the delegation. Later Aliyev thanked them.";
    expect(mentions(text).map((m) => m.name)).toEqual(["Ilham Aliyev", "Ilham Aliyev"]);
  });

  test("the seed: every person once per mention, with the guideline's canonical names", () => {
    const text =
      "As part of the official visit of Prime Minister of Kazakhstan Alikhan Smailov to Azerbaijan, he had a meeting with President Ilham Aliyev.\n\n" +
      "The Head of Government conveyed warm words of greetings from the President of Kazakhstan Kassym-Jomart Tokayev and stressed the high importance of the 100th anniversary of the National Leader of the people of Azerbaijan Heydar Aliyev celebrated this year.\n\n" +
      "\"In accordance with the task set before us,\" Alikhan Smailov said.\n\n" +
      "For his part, Ilham Aliyev expressed confidence that the official visit of Prime Minister of Kazakhstan to Azerbaijan will contribute to further development.\n\n" +
      "#Alikhan Smailov #The Prime Minister of the Republic of Kazakhstan #Foreign trips #International Cooperation";
    const found = mentions(text);
    expect(new Set(found.map((m) => m.name))).toEqual(new Set(["Alikhan Smailov", "Ilham Aliyev", "Kassym-Jomart Tokayev", "Heydar Aliyev"]));
    expect(found.filter((m) => m.name === "Alikhan Smailov")).toHaveLength(3);
  });
});
