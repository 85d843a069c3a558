import { z } from "zod";

const words = z.array(z.string().min(1)).default([]);

/**
 * Word lists for finding people. Several files may each fill some of the lists
 * (titles in one, given names in another); the recogniser merges them. Matching is
 * case-insensitive except where a field says otherwise.
 */
export const PeopleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("people"),
  description: z.string().optional(),
  /** Where a list was taken from, with its licence. */
  source: z.string().optional(),
  /** Roles written before a name, capitalised as in running text: "Prime Minister", "Ambassador". */
  titles: words,
  /** Words that extend a title on its left: "Acting", "Deputy". */
  titlePrefixes: words,
  /** Title words that are also surnames: after a title, alone, they are the person ("Minister Bishop"), unlike "Governor, Chairman". */
  surnameLikeTitleWords: words.default([]),
  /** Forms of address before a name, exactly as written: "Mr", "Mr.", "H.E.", "the Hon.", "Ibu". */
  honorifics: words,
  /**
   * Words that join the runs of capitals of a title's complement, as written: "and", "of" ("Minister of
   * Economic Affairs and Finance Abdolnaser Hemmati"). A comma joins them too.
   */
  complementJoiners: words.default([]),
  /** Honorifics that, inside a name, are part of it: "Haji" in "Younis Haji Al Khoori". */
  honorificsInNames: words.default([]),
  /** Letters after a name that are not part of it: "MP", "QC", "Jr." (case-sensitive). */
  postNominals: words,
  /** Words that open a byline or credit, exactly as written: "By", "Written by", "Photo by". */
  bylines: words,
  /** Verbs that mark the word sequence before or after them as a speaker: "said", "tweeted". */
  speechVerbs: words,
  /** Lower-case name particles: "von", "bin", "al" ("al-Sisi"). */
  particles: words,
  /** Lower-case patronymic words that join a name and may end it: "kyzy" ("Aigul Temirbek kyzy"), "oglu". */
  patronymics: words,
  /** Particles that name a parent ("bin", "ibn"): a name that holds one is a person's full name, not a short form of a longer one. */
  lineageParticles: words.default([]),
  /** Particles that, capitalised, may open a name: "Abu" ("Abu Taher"), "Ibn" ("Ibn Sina"), "Ben" ("Ben Wallace"). */
  openingParticles: words.default([]),
  /** Endings of patronymics written as one word: "ovich" ("Shavkat Miromonovich"), "evna". */
  patronymicSuffixes: words,
  /** Initials of more than one letter, from transliterated given names: "Sh." (Shavkat), "Zh.", "Kh.". */
  initials: words,
  /**
   * Numbers that end a name and belong to it (case-sensitive): regnal ("III" in "Charles III") and
   * generational ("Jr." in "Ferdinand R. Marcos Jr."; list the form with its full stop too).
   */
  regnalNumbers: words,
  /** Surname endings that mark a capitalised word as a surname: "ov", "shvili", "uly". */
  surnameSuffixes: words,
  /**
   * The endings, among those, that make a capitalised word a person even alone ("Tokayev's
   * visit", "signed by Sh.Mirziyoyev"): not "ian" or "ez", which end demonyms and newspapers too.
   */
  loneSurnameSuffixes: words,
  /** Given names of any tradition: "Alikhan", "Ilham", "Retno". */
  givenNames: words,
  /** Common surnames: after a month name they make it a given name ("April Jones"). */
  surnames: words,
  /** Family names written before the given name: "Wang" ("Wang Yi"), "Kim". */
  familyNameFirst: words,
  /** Month and weekday names: never the start of a name, but a possible surname ("Theresa May"). */
  calendarWords: words,
  /** Capitalised words that are never part of a name: "Government", "Ministry", "The". */
  stopWords: words,
  /** Lower-case words that make the capitalised words after them an organisation: "company" ("the company Maud Borup"). */
  organisationCues: words,
  /** Words that turn the name before them into something named after a person: "Government" ("Turnbull Government"), "administration", "Center". */
  namedAfterWords: words,
  /** Words that may stand between such a name and its thing: "International" ("Heydar Aliyev International Airport"). */
  namedAfterModifiers: words,
  /** Capitalised words before a name that make it a street's or building's: "Jalan" ("Jalan Dato' Onn"), "Rue", "Avenida". */
  namedAfterPrefixes: words.default([]),
  /** Such words that are also surnames: after a title, "John Hall" is a person and "Fahd Causeway" a thing. */
  surnameLikeThingWords: words.default([]),
  /** Countries, regions, nationality adjectives: "Kazakhstan", "Kazakh", "New Zealand". */
  places: words,
  /** Words of multi-word places that are common surnames and so stay name words: "Cook" (Cook Islands). */
  surnameLikePlaceWords: words,
  /** Lower-case words before a month that make it a date, not a given name: "in" ("in May Smith said"). */
  datePrepositions: words,
});
export type PeopleFile = z.infer<typeof PeopleFileSchema>;
