import type { RuleSet } from "../../rules/load.js";
import { compilePatterns, compileToMachineCode, expandMacros, type CompiledRule } from "../../rules/compile.js";
import type { Candidate, DocContext, Recogniser } from "../../pipeline/types.js";
import type { PersonValue } from "../../schema/fact.js";
import type { PeopleLexicon } from "./lexicon.js";
import { NamePicker, opensListItem, type Cue, type PickedName, type Token } from "./names.js";
import { HeadingLines } from "./headings.js";
import { isCasedAt, isLowerAt, isUpperAt } from "../../segment/letter-case.js";
import { isBlank, isWhiteSpace } from "../../segment/white-space.js";
import type { WordIndex } from "../word-index.js";
import { stickyMatch } from "../sticky.js";
import { listMates, type Sequence } from "./list-mates.js";

export interface PersonDeps {
  readonly rules: RuleSet;
  readonly sharedMacros: Readonly<Record<string, string>>;
  /** Where capitalised words begin: the only places a {nameSeq} can start. */
  readonly words: WordIndex;
  readonly people: PeopleLexicon;
}

/**
 * Where a rule's pattern is tried. Capitalised word sequences ({nameSeq}) are read
 * where the shared word pass saw a capitalised word begin; every rule is then tried,
 * sticky, at a few positions around each sequence instead of scanning the text:
 * - "person.after-cue": the pattern is a cue and the name, ending in its `name`
 *   group, tried at the words the `at` param names: "title" (words that start a
 *   title), "honorific", "byline" (first words of these lexicon lists), "token" (any word), "capitals" (a
 *   word in capitals: "UEDA Kazuo"), "hash" (a "#" before the sequence),
 *   "word-before" (the lower-case word before the sequence: "said Paul DeCamp").
 * - "person.before-cue": the pattern is what follows the name ("…, Energy Minister,",
 *   " said"), tried where the sequence ends.
 * - "person.name-run": the sequence itself.
 * - "person.list-mate": the pattern is what separates the items of a list of names
 *   (", ", " and "); tried where each sequence ends, it makes a name of a name-shaped
 *   item of a list that other items show to be a list of people.
 */
const NORMALISERS = ["person.after-cue", "person.before-cue", "person.name-run", "person.list-mate"] as const;
type Side = (typeof NORMALISERS)[number];
const CUES: readonly Cue[] = ["title", "honorific", "speaker", "byline", "hashtag", "apposition", "contact", "given"];
const ATS = ["title", "honorific", "byline", "token", "capitals", "hash", "word-before"] as const;
type At = (typeof ATS)[number];

interface PersonRule extends CompiledRule {
  readonly side: Side;
  readonly cue: Cue;
  readonly at: At;
  /** params.whole: the words the pattern read are the name, or there is none ("ASTANA Hotel"). */
  readonly whole: boolean;
  /** params.listItem: the name opens an item of a list ("4. ", "- ") and has two words or more. */
  readonly listItem: boolean;
  /**
   * The rule's cue ends the name whatever the line looks like: a byline, a contact's telephone, a
   * signature's title or a list item's dash; a title-case line does not cut such a name short.
   */
  readonly wholeLine: boolean;
}

// only blanks or a comma between the title and the name: "President Bola Ahmed Tinubu", "Foreign Secretary, James Cleverly"
const DIRECT = /^[\s,]*$/u;
// a title in capitals ("MINISTER MARSUDI:"), not an acronym ("CEO, USISPF")
const SHOUTING = /^[^\p{Ll}]{4,}$/u;

/**
 * People. Each rule finds a cue (a title, an honorific, a speech verb, a byline...)
 * next to a capitalised word sequence; the NamePicker decides which words of the
 * sequence are the name. Rule params: cue (what the pattern found, deciding how much
 * the name must prove by itself), at (see above) and standalone (read by
 * coreference). A candidate's span is the name alone, so mentions of one person
 * found by several rules coincide and the overlaps resolver keeps one;
 * coreference then gives them one canonical name.
 */
export function createPersonRecogniser(deps: PersonDeps): Recogniser<"person"> {
  const lexicon = deps.people;
  const picker = new NamePicker(lexicon);
  const macros = { ...deps.sharedMacros, ...lexicon.macros };
  // sticky: every rule is tried at positions around a sequence, never scanned over the text
  const rules: PersonRule[] = compilePatterns(deps.rules.patterns.person, macros, new Set(NORMALISERS), undefined, "uy").map((r) => ({
    ...r,
    cue: CUES.find((c) => c === r.params["cue"]) ?? "given",
    at: ATS.find((a) => a === r.params["at"]) ?? "token",
    side: r.normaliser as Side,
    whole: r.params["whole"] === true,
    listItem: r.params["listItem"] === true,
    wholeLine: r.params["listItem"] === true || r.params["cue"] === "byline" || r.params["cue"] === "contact",
  }));
  const file = deps.rules.patterns.person[0];
  if (!file) return { type: "person", recognise: () => [] };
  // the capitalised sequences every rule is tried around: the {nameSeq} macro of the first person rule file
  const runs = new RegExp(expandMacros("{nameSeq}", { ...macros, ...file.macros }, { file: file.file, path: ["macros", "nameSeq"] }), "uy");
  compileToMachineCode(runs);
  const atWords = rules.filter((r) => r.side === "person.after-cue" && r.at !== "hash" && r.at !== "word-before");
  const atHash = rules.filter((r) => r.side === "person.after-cue" && r.at === "hash");
  const atWordBefore = rules.filter((r) => r.side === "person.after-cue" && r.at === "word-before");
  const before = rules.filter((r) => r.side === "person.before-cue");
  const runRule = rules.find((r) => r.side === "person.name-run");
  const mateRule = rules.find((r) => r.side === "person.list-mate");
  const opens = (rule: PersonRule, tok: Token): boolean =>
    rule.at === "token" ||
    (rule.at === "title" ? tok.startsTitle : rule.at === "byline" ? tok.startsByline : rule.at === "capitals" ? tok.inCapitals : tok.startsHonorific);

  return {
    type: "person",
    recognise(doc: DocContext): Candidate<"person">[] {
      const text = doc.text;
      const lines = new HeadingLines(text);
      const heading = (at: number): boolean => lines.isHeading(at);
      const out: Candidate<"person">[] = [];
      const loose: Candidate<"person">[] = [];
      // several rules offer the same span: what its words and their neighbours say about it is read once
      const thing = new Map<number, boolean>();
      const isThing = (p: PickedName): boolean => {
        const key = p.start * 65536 + (p.end - p.start);
        let known = thing.get(key);
        if (known === undefined) {
          // "Yang Berhormat": a form of address of several words, each of which may look like a name
          known = namedAfter(text, p.end, lexicon) || endsInThing(p.name, lexicon) || endsPlace(text, p, lexicon) || continuesPlace(text, p, lexicon) || isAddress(p.name, lexicon);
          thing.set(key, known);
        }
        return known;
      };
      const emit = (rule: PersonRule, p: PickedName, title: string | undefined, from = p.start): void => {
        if (isThing(p) || namedAfterPrefix(text, from, lexicon)) return;
        const value: PersonValue = title ? { name: p.name, title } : { name: p.name };
        out.push({ type: "person", start: p.start, end: p.end, rule: rule.id, priority: rule.priority, values: [value] });
      };
      /**
       * Emits the names the picker finds in text[from, to) after the match `m` of an after-cue rule.
       * `retried`: the words after a comma that a title's complement, read short, stopped before.
       */
      const pickAfter = (rule: PersonRule, m: RegExpExecArray, title: string | undefined, shouting: boolean, from: number, to: number, direct: boolean, retried: boolean): void => {
        const labelled = title !== undefined && colonBefore(text, from);
        for (const p of picker.pick(text, from, to, rule.cue, shouting, rule.wholeLine ? notHeading : heading, direct)) {
          if (rule.whole && (p.start !== from || p.end !== to)) continue;
          // "Minister for Public Expenditure, …": one word split off the organisation's name is no name,
          // nor is one word after the comma that may go on listing the title's complement ("…, Regional Development and Cities")
          if (title !== undefined && !direct && !p.name.includes(" ") && (retried || (p.start === from && capitalisedBefore(text, from)))) continue;
          // "Press Secretary: Latrae Rahming" is a label and its name, alone on their line;
          // "Finance Minister: Primary surplus of 3.6%" is a headline
          if (labelled && !endsLine(text, p.end)) continue;
          emit(rule, p, title !== undefined ? roleText(text.slice(m.index, p.start), rule.cue, lexicon) : undefined, m.index);
        }
      };
      /** Tries an after-cue rule at `at`; returns where its match ends, or -1 when it named no one. */
      const tryAfter = (rule: PersonRule, at: number): number => {
        const m = stickyMatch(rule.regex, text, at);
        const name = m?.groups?.["name"];
        if (!m || !name) return -1;
        const end = m.index + m[0].length;
        const nameStart = end - name.length;
        const title = m.groups?.["title"];
        const shouting = title !== undefined && SHOUTING.test(title);
        const direct = title !== undefined && DIRECT.test(text.slice(m.index + title.length, nameStart));
        const before = out.length;
        pickAfter(rule, m, title, shouting, nameStart, end, direct, false);
        // "Vice President of the United States, J.D. Vance", "Minister of Economic Affairs and Finance
        // Abdolnaser Hemmati": the title's complement, read as short as possible, stopped inside it;
        // the name is in a later run of capitals, joined to it by a comma or its linking words
        let from = end;
        for (let hop = 0; hop < MAX_HOPS && out.length === before && title !== undefined && !direct; hop++) {
          const joiner = lexicon.complementJoiner;
          joiner.lastIndex = from;
          if (!joiner.test(text) || !isUpperAt(text, joiner.lastIndex)) break;
          runs.lastIndex = joiner.lastIndex;
          if (!runs.test(text)) break;
          const at = joiner.lastIndex;
          from = runs.lastIndex;
          pickAfter(rule, m, title, shouting, at, from, false, true);
        }
        // "President Smt." names no one: the honorific's own rule may still read "Smt. Droupadi Murmu"
        return out.length > before ? end : -1;
      };

      // a sequence is tried only where a capitalised word begins, found by the word pass all
      // recognisers share: scanning the whole text with {nameSeq} cost more than everything else here
      const sequences: Sequence[] = [];
      let end = 0;
      for (const start of deps.words.capitals(doc)) {
        if (start < end) continue;
        runs.lastIndex = start;
        if (!runs.test(text)) continue;
        end = runs.lastIndex;
        // "@CanadaDev", "media@Agency": a handle or an address, not a name
        if (start > 0 && text.charCodeAt(start - 1) === 64 /* @ */) continue;
        const toks = picker.tokens(text, start, end, false);
        let skip = -1;
        let useful = false;
        let prev: Token | undefined;
        for (const tok of toks) {
          if (tok.kind === "name" || tok.kind === "title") useful = true;
          const inName = (prev?.kind === "name" || prev?.kind === "particle") && lexicon.honorificsInNames.has(tok.lower);
          prev = tok;
          // "Younis Haji Al Khoori": an honorific inside a name cues nothing
          if (tok.start < skip || inName) continue;
          for (const rule of atWords) {
            if (!opens(rule, tok)) continue;
            const to = tryAfter(rule, tok.start);
            if (to >= 0) {
              skip = to;
              break;
            }
          }
        }
        // nothing in a sequence of stop words ("The", "In Kazakhstan") can be a name
        if (!useful) continue;
        if (mateRule) sequences.push({ start, end, toks });
        if (start > 0 && text.charCodeAt(start - 1) === 35 /* # */) for (const rule of atHash) tryAfter(rule, start - 1);
        if (atWordBefore.length > 0) {
          const w = wordBefore(text, start);
          if (w >= 0) for (const rule of atWordBefore) tryAfter(rule, w);
        }
        for (const rule of before) {
          if (rule.listItem && !opensListItem(text, start)) continue;
          const m = stickyMatch(rule.regex, text, end);
          if (!m) continue;
          const title = m.groups?.["title"];
          for (const p of picker.pickFrom(text, toks, rule.cue, rule.wholeLine ? notHeading : heading)) {
            // the cue follows the name directly: only the sequence's last name counts
            if (p.end !== end || namesOrganisation(text, p.start, lexicon) || (rule.listItem && !p.name.includes(" "))) continue;
            emit(rule, p, title && roleText(title, rule.cue, lexicon));
          }
        }
        if (!runRule) continue;
        for (const p of picker.pickFrom(text, toks, "given", heading)) {
          if (namesOrganisation(text, p.start, lexicon) || isThing(p) || namedAfterPrefix(text, p.start, lexicon)) continue;
          const c: Candidate<"person"> = { type: "person", start: p.start, end: p.end, rule: runRule.id, priority: runRule.priority, values: [{ name: p.name }] };
          if (p.name.includes(" ") || lexicon.standsAlone(p.name)) out.push(c);
          else loose.push(c);
        }
      }
      if (mateRule && out.length > 0) for (const [p, from] of listMates(text, sequences, out, mateRule, picker, lexicon, heading)) emit(mateRule, p, undefined, from);
      return distinctSpans(out.concat(repeats(loose, out)));
    },
  };
}


/**
 * One candidate per span, the rule of highest priority: several rules usually find
 * the same name ("President Ilham Aliyev said"), and the overlaps resolver, which
 * would pick the same one, compares every pair of candidates.
 */
function distinctSpans(candidates: Candidate<"person">[]): Candidate<"person">[] {
  const best = new Map<number, Candidate<"person">>();
  const out: Candidate<"person">[] = [];
  for (const c of candidates) {
    const key = c.start * 65536 + (c.end - c.start);
    const seen = best.get(key);
    if (!seen) best.set(key, c);
    // ties go to the smaller rule id, so the output does not depend on rule order
    else if (c.priority > seen.priority || (c.priority === seen.priority && c.rule < seen.rule)) best.set(key, c);
  }
  // the role one rule read stays with the mention another rule won: "Ms. Dilnoza Abdurakhmanova, Deputy Minister,"
  const titles = new Map<number, string>();
  for (const c of candidates) {
    const title = c.values[0]?.title;
    const key = c.start * 65536 + (c.end - c.start);
    if (title !== undefined && !titles.has(key)) titles.set(key, title);
  }
  for (const [key, c] of best) {
    const v = c.values[0];
    const title = titles.get(key);
    out.push(v && v.title === undefined && title !== undefined ? { ...c, values: [{ ...v, title }] } : c);
  }
  return out;
}

/** Whether a capitalised word ends one blank before `at`: "Public" before "Expenditure". */
function capitalisedBefore(text: string, at: number): boolean {
  if (at < 2 || !isBlank(text.charCodeAt(at - 1))) return false;
  let i = at - 1;
  while (i > 0 && isCasedAt(text, i - 1)) i--;
  return i < at - 1 && !isLowerAt(text, i);
}

const notHeading = (): boolean => false;

/** Whether a colon stands before `at`, blanks aside. */
function colonBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i > 0 && isBlank(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 58;
}

/** Whether only blanks stand between `at` and the end of its line. */
function endsLine(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (!isBlank(c)) return false;
  }
  return true;
}

// how many runs of capitals of a title's complement are passed to reach the name
const MAX_HOPS = 3;

/** Start of the lower-case word right before `start` ("said" in "said Paul DeCamp"), or -1. */
function wordBefore(text: string, start: number): number {
  let i = start - 1;
  if (text.charCodeAt(i) !== 32) return -1;
  const end = i;
  while (i > 0 && isLowerAt(text, i - 1)) i--;
  return i < end ? i : -1;
}

/**
 * A lone capitalised word is kept only when it repeats a word of a name found in
 * the document ("Aliyev" after "Ilham Aliyev"); coreference decides whose. This
 * keeps the hundreds of other capitalised words away from the resolvers.
 */
function repeats(loose: readonly Candidate<"person">[], found: readonly Candidate<"person">[]): Candidate<"person">[] {
  if (loose.length === 0 || found.length === 0) return [];
  const words = new Set<string>();
  for (const c of found) for (const w of (c.values[0]?.name ?? "").split(" ")) words.add(w.toLowerCase());
  return loose.filter((c) => words.has((c.values[0]?.name ?? "").toLowerCase()));
}

/** The role as stated, without edge punctuation or a trailing form of address ("Minister for Exports Lord"). */
function roleText(raw: string, cue: Cue, lexicon: PeopleLexicon): string | undefined {
  if (cue === "honorific" || cue === "byline" || cue === "hashtag" || cue === "speaker") return undefined;
  const words = raw.replace(/^[\s,]+|[\s,:–—-]+$/gu, "").split(/\s+/u);
  // honorifics between the role and the name go, whole: "Senator the Hon", "Prime Minister Datuk Seri"
  let popped = true;
  while (popped) {
    popped = false;
    for (let n = Math.min(3, words.length - 1); n > 0 && !popped; n--) {
      if (lexicon.isHonorific(words.slice(-n).join(" "))) {
        words.length -= n;
        popped = true;
      }
    }
  }
  const role = words.join(" ").replace(/[\s,:–—-]+$/u, "");
  return role.length > 0 ? role : undefined;
}

/**
 * "the candy-making company Maud Borup": a lower-case organisation word right
 * before the name. Read backwards by hand: this runs for every name found.
 */
function namesOrganisation(text: string, start: number, lexicon: PeopleLexicon): boolean {
  const w = wordBefore(text, start);
  return w >= 0 && lexicon.organisationCues.has(text.slice(w, start - 1));
}

/**
 * "Nelson Mandela Bay", "Zayed Grand Mosque", "Milton Keynes": the thing's word was read into the
 * name, or the name is a place's. Of two words, the second names a thing unless it is also a
 * surname ("Fahd Causeway", "Ulugbek Observatory", but "John Hall") and no modifier stands
 * before it ("Sheikh Zayed Grand Mosque").
 */
function endsInThing(name: string, lexicon: PeopleLexicon): boolean {
  const cut = name.lastIndexOf(" ");
  // "Prince Sultan Air Base": the thing's word alone, left after titles, unless it is also a surname
  if (cut < 0) {
    const word = name.toLowerCase();
    return lexicon.namedAfterWords.has(word) && !lexicon.surnameLikeThingWords.has(word);
  }
  // "Milton Keynes", "San Marino": the whole of a place's name
  if (lexicon.placeNames.has(name.toLowerCase())) return true;
  const thing = name.slice(cut + 1).toLowerCase();
  if (!lexicon.namedAfterWords.has(thing)) return false;
  if (name.lastIndexOf(" ", cut - 1) >= 0) return true;
  return !lexicon.surnameLikeThingWords.has(thing) || lexicon.namedAfterModifiers.has(name.slice(0, cut).toLowerCase());
}

/** "Yang Berhormat": the name is a form of address of several words. Its first word is looked up first: most names open no form of address. */
function isAddress(name: string, lexicon: PeopleLexicon): boolean {
  const space = name.indexOf(" ");
  return space > 0 && lexicon.honorificStarts.has(name.slice(0, space).toLowerCase()) && lexicon.isHonorific(name);
}

/** "Jalan Dato' Onn", "Avenida Juscelino Kubitschek": the word before the name makes it a street's or a building's. */
function namedAfterPrefix(text: string, at: number, lexicon: PeopleLexicon): boolean {
  if (at < 2 || !isBlank(text.charCodeAt(at - 1))) return false;
  let i = at - 1;
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1)) && at - i < 20) i--;
  // most words before a name are lower case ("said", "the"): looked up only when capitalised
  return i < at - 1 && isUpperAt(text, i) && lexicon.namedAfterPrefixes.has(text.slice(i, at - 1).toLowerCase());
}

/** "Ho Chi Minh City": the name and the capitalised words after it are a place's name. */
function continuesPlace(text: string, p: PickedName, lexicon: PeopleLexicon): boolean {
  let at = p.end;
  let name = p.name;
  for (let words = 0; words < 2; words++) {
    if (text.charCodeAt(at) !== 32) return false;
    let i = at + 1;
    while (i < text.length && i < at + 20 && isCasedAt(text, i)) i++;
    if (i === at + 1 || !isUpperAt(text, at + 1)) return false;
    name = `${name} ${text.slice(at + 1, i)}`;
    if (lexicon.placeNames.has(name.toLowerCase())) return true;
    at = i;
  }
  return false;
}

/** "Ambassador to Viet Nam": the word before the name and its first word are a place's name. */
function endsPlace(text: string, p: PickedName, lexicon: PeopleLexicon): boolean {
  if (p.start < 2 || text.charCodeAt(p.start - 1) !== 32) return false;
  let i = p.start - 1;
  while (i > 0 && isCasedAt(text, i - 1)) i--;
  if (i === p.start - 1) return false;
  const space = p.name.indexOf(" ");
  return lexicon.placeNames.has(`${text.slice(i, p.start - 1)} ${space < 0 ? p.name : p.name.slice(0, space)}`.toLowerCase());
}

/**
 * "the Obama administration", "Heydar Aliyev Center", "Indira Gandhi International Airport":
 * the words after the name make it a thing's name.
 */
function namedAfter(text: string, end: number, lexicon: PeopleLexicon): boolean {
  let at = end;
  for (let words = 0; words < 4; words++) {
    const c = text.charCodeAt(at);
    // a possessive ("Morrison's Government") is the person's government, not a name
    if (c !== 32 && c !== 0xa0 && c !== 0x2011 && c !== 45) return false;
    let i = at + 1;
    while (i < text.length && i < at + 20 && isCasedAt(text, i)) i++;
    if (i === at + 1) return false;
    const word = text.slice(at + 1, i).toLowerCase();
    if (lexicon.namedAfterWords.has(word)) return true;
    // "Lomonosov Moscow State University", "Al-Farabi Kazakh National University"
    if (!lexicon.namedAfterModifiers.has(word) && !lexicon.places.has(word)) return false;
    at = i;
  }
  return false;
}
