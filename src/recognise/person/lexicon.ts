import type { PeopleFile } from "../../rules/lexicons/people.js";
import { trieAlternation } from "./trie.js";

const lower = (list: readonly string[]): Set<string> => new Set(list.map((s) => s.toLowerCase()));

/**
 * The merged people lexicon: look-up sets (lower case) and the regex macros the
 * person rules are written with. Built once per extractor.
 */
export class PeopleLexicon {
  readonly givenNames: ReadonlySet<string>;
  readonly familyNameFirst: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly datePrepositions: ReadonlySet<string>;
  private readonly loneSurnameSuffixes: readonly string[];
  readonly surnameSuffixes: readonly string[];
  readonly particles: ReadonlySet<string>;
  readonly patronymics: ReadonlySet<string>;
  /** Particles that open a name when capitalised before one ("abu", "ibn", "ben"). */
  readonly openingParticles: ReadonlySet<string>;
  /** "bin", "ibn", and the patronymics: words that name a parent. */
  readonly lineageWords: ReadonlySet<string>;
  private readonly patronymicSuffixes: readonly string[];
  readonly initials: ReadonlySet<string>;
  readonly regnalNumbers: ReadonlySet<string>;
  readonly postNominals: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  /** Words that are never part of a name: stop words, honorifics. */
  readonly nonName: ReadonlySet<string>;
  /** Place words and nationality adjectives: not a name, except as a surname after a given name ("Rita French"). */
  readonly places: ReadonlySet<string>;
  /** Lower-case words before a capitalised sequence that make it an organisation: "company". */
  readonly organisationCues: ReadonlySet<string>;
  /** Lower-case words after a name that make it the name of a thing: "administration", "center". */
  readonly namedAfterWords: ReadonlySet<string>;
  /** Places of several words, whole and lower case: "milton keynes" (its "Milton" is also a given name). */
  readonly placeNames: ReadonlySet<string>;
  /** Words that may stand between such a name and that word: "International" ("Indira Gandhi International Airport"). */
  readonly namedAfterModifiers: ReadonlySet<string>;
  /** Those thing words that are also surnames ("hall", "park"). */
  readonly surnameLikeThingWords: ReadonlySet<string>;
  /** Single words of titles ("minister", "bishop"): not a name, unless a title cue leaves nothing else. */
  readonly titleWords: ReadonlySet<string>;
  /** Title words that are also surnames ("bishop", "king"): alone after a title they are the person. */
  readonly surnameLikeTitleWords: ReadonlySet<string>;
  /** Capitalised words before a name that make it a thing's: "jalan" ("Jalan Dato' Onn"), "rue". */
  readonly namedAfterPrefixes: ReadonlySet<string>;
  /** Honorifics that are part of a name inside it: "haji" ("Younis Haji Al Khoori"). */
  readonly honorificsInNames: ReadonlySet<string>;
  /** What joins the runs of capitals of a title's complement (", ", " and ", " of the "), sticky. */
  readonly complementJoiner: RegExp;
  /** Whole titles, lower case, blanks collapsed: "deputy minister". */
  readonly titlePhrases: ReadonlySet<string>;
  /** Lower-cased title prefixes ("deputy", "vice"): a prefix and a title word make one title. */
  readonly titlePrefixes: ReadonlySet<string>;
  readonly macros: Readonly<Record<string, string>>;
  /** Lower-cased first words of titles and title prefixes: where a title rule is worth trying. */
  readonly titleStarts: ReadonlySet<string>;
  /** Lower-cased first capitalised words of honorifics ("hon." of "the Hon."). */
  readonly honorificStarts: ReadonlySet<string>;
  private readonly honorifics: ReadonlySet<string>;
  /** Lower-cased first words of bylines ("by", "written"). */
  readonly bylineStarts: ReadonlySet<string>;

  constructor(files: readonly PeopleFile[]) {
    const all = <K extends keyof PeopleFile>(k: K): string[] => files.flatMap((f) => f[k] as string[]);
    this.givenNames = new Set([...lower(all("givenNames"))].map(foldAccents));
    this.familyNameFirst = new Set([...lower(all("familyNameFirst"))].map(foldAccents));
    this.surnames = lower(all("surnames"));
    this.datePrepositions = lower(all("datePrepositions"));
    this.surnameSuffixes = [...lower(all("surnameSuffixes"))].sort((a, b) => b.length - a.length);
    this.loneSurnameSuffixes = [...lower(all("loneSurnameSuffixes"))];
    this.particles = lower(all("particles"));
    this.patronymics = lower(all("patronymics"));
    this.lineageWords = new Set([...lower(all("lineageParticles")), ...this.patronymics]);
    this.openingParticles = lower(all("openingParticles"));
    this.patronymicSuffixes = [...lower(all("patronymicSuffixes"))];
    this.initials = new Set(all("initials"));
    this.regnalNumbers = new Set(all("regnalNumbers"));
    this.postNominals = new Set(all("postNominals"));
    this.calendar = lower(all("calendarWords"));
    const nonName = lower(all("stopWords"));
    const surnameLike = lower(all("surnameLikePlaceWords"));
    const places = new Set<string>();
    const placeNames = new Set<string>();
    for (const place of all("places")) {
      const parts = place.toLowerCase().split(/\s+/);
      if (parts.length > 1) placeNames.add(parts.join(" "));
      if (parts.length === 1) places.add(parts[0] ?? "");
      // "Luis" of San Luis Potosí, "Martin" of Saint Martin: a given name is read as one
      else for (const p of parts) if (!surnameLike.has(p) && !this.givenNames.has(p)) places.add(p);
    }
    places.delete("");
    this.places = places;
    this.placeNames = placeNames;
    this.organisationCues = lower(all("organisationCues"));
    this.namedAfterWords = lower(all("namedAfterWords"));
    this.namedAfterModifiers = lower(all("namedAfterModifiers"));
    this.surnameLikeThingWords = lower(all("surnameLikeThingWords"));
    const titleWords = new Set<string>();
    for (const t of [...all("titles"), ...all("titlePrefixes")]) for (const p of t.toLowerCase().split(/\s+/)) titleWords.add(p);
    this.titleWords = titleWords;
    this.titlePhrases = new Set(all("titles").map((t) => t.toLowerCase().replace(/\s+/g, " ")));
    this.titlePrefixes = lower(all("titlePrefixes"));
    this.surnameLikeTitleWords = lower(all("surnameLikeTitleWords"));
    this.namedAfterPrefixes = lower(all("namedAfterPrefixes"));
    this.honorificsInNames = lower(all("honorificsInNames"));
    this.complementJoiner = new RegExp(`(?:,|[ \\u00a0]${trieAlternation(all("complementJoiners"))})*[ \\u00a0]`, "uy");
    // "Sen." is an honorific, "Sen" (of Hun Sen) is not: a form listed only with its full stop needs it
    for (const h of all("honorifics")) nonName.add(h.toLowerCase());
    nonName.delete("");
    this.nonName = nonName;

    const firstWord = (phrase: string): string => (phrase.split(/\s+/).find((w) => /^\p{Lu}/u.test(w)) ?? "").toLowerCase();
    this.titleStarts = new Set([...all("titles"), ...all("titlePrefixes")].map(firstWord));
    this.honorificStarts = new Set(all("honorifics").map(firstWord));
    this.bylineStarts = new Set(all("bylines").map(firstWord));
    this.honorifics = new Set(all("honorifics").map((h) => h.toLowerCase()));
    const titles = all("titles");
    const withCaps = (list: string[]) => [...list, ...list.map((s) => s.toUpperCase())];
    // a space inside a title or honorific may be any single blank ("Foreign\nMinister" in hard-wrapped text)
    this.macros = {
      title: trieAlternation(withCaps(titles)),
      titlePrefix: trieAlternation(withCaps(all("titlePrefixes"))),
      honorific: trieAlternation(all("honorifics")),
      speechVerb: trieAlternation(all("speechVerbs")),
      particle: trieAlternation([...all("particles"), ...all("patronymics")]),
      patronymic: trieAlternation(all("patronymics")),
      byline: trieAlternation(all("bylines")),
    };
  }

  /** "Lord", "Mr.", "Hon": a form of address, not a role. */
  isHonorific(word: string): boolean {
    return this.honorifics.has(word.toLowerCase());
  }

  isGiven(word: string): boolean {
    const w = foldAccents(word.toLowerCase());
    if (this.givenNames.has(w)) return true;
    // a hyphenated given name is known when its first part is: "Kassym-Jomart", "Jean-Claude"
    const dash = w.search(/[-‑]/);
    return dash > 0 && this.givenNames.has(w.slice(0, dash));
  }

  /** A family name written before the given name, accents aside: "Bùi" as "Bui" ("Bùi Xuân Cường"). */
  isFamilyFirst(lowerWord: string): boolean {
    return this.familyNameFirst.has(foldAccents(lowerWord));
  }

  hasSurnameSuffix(word: string): boolean {
    const w = word.toLowerCase();
    return w.length >= 5 && this.surnameSuffixes.some((s) => w.endsWith(s) && w.length - s.length >= 3);
  }

  /** "Miromonovich", "Kemelevna": a patronymic written as one word. */
  isPatronymic(word: string): boolean {
    const w = word.toLowerCase();
    return this.patronymicSuffixes.some((s) => w.endsWith(s) && w.length - s.length >= 3);
  }

  /** A surname ending strong enough for one capitalised word to be a person by itself. */
  standsAlone(word: string): boolean {
    const w = word.toLowerCase();
    return w.length >= 5 && this.loneSurnameSuffixes.some((s) => w.endsWith(s) && w.length - s.length >= 3) && !this.places.has(w);
  }
}

const MARKS = /\p{M}/gu;

/** "luís" -> "luis", "péter" -> "peter": the given-name list is written without accents. */
function foldAccents(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word : word.normalize("NFD").replace(MARKS, "").normalize("NFC");
}
