import type { PeopleLexicon } from "./lexicon.js";
import { isBlank, isWhiteSpace } from "../../segment/white-space.js";

/** What in the text points at a name; decides how much the name itself must prove. */
export type Cue = "title" | "honorific" | "speaker" | "byline" | "hashtag" | "apposition" | "contact" | "given";

export interface PickedName {
  readonly start: number;
  readonly end: number;
  /** The name as written, blanks collapsed to one space. */
  readonly name: string;
}

type Kind = "name" | "initial" | "particle" | "patronymic" | "stop" | "place" | "title" | "calendar" | "post" | "regnal";

/** What the lexicons say about one word; computed once per distinct word. */
export interface WordInfo {
  readonly kind: Kind;
  readonly lower: string;
  /** A given name, or a family name written first ("Wang"): a name can open with it. */
  readonly opensName: boolean;
  readonly surnameSuffix: boolean;
  readonly knownSurname: boolean;
  /** Which after-cue lists start with this word ("President", "Mr", "By"). */
  readonly startsTitle: boolean;
  readonly startsHonorific: boolean;
  readonly startsByline: boolean;
  /** Written in capitals, three letters or more, a vowel among them: a family name in capitals ("UEDA Kazuo", "Alassane OUATTARA"). */
  readonly inCapitals: boolean;
}

export interface Token extends WordInfo {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

// "E.", "TC" (David TC Davies), but not "UK" or "USAID" (stop words or acronyms)
// "T.V." and "K.P." are two initials written together
const INITIAL = /^\p{Lu}\.?$|^\p{Lu}{2}$|^(?:\p{Lu}\.){2,4}$/u;
const GLUED_PREFIX = /^(\p{Lu}\p{Ll}{0,2})\.(?=\p{Lu})/u;
const INITIAL_WITH_STOP = /^(?:\p{Lu}\.){1,4}$/u;
const HYPHEN = /[-‑]/;
const COMMA_SUFFIX = /^,[ \u00a0](\p{Lu}\p{Ll}{1,2}\.?)(?![\p{L}])/u;
const ALL_CAPS = /^[\p{Lu}\p{M}'’‑-]+$/u;
// a family name in capitals has a vowel; many acronyms have none ("MLC", "KPMG")
const VOWEL = /[AEIOUYÀ-ÖØ-ÝĀ-ſ]/u;
// "Deputy Leader of the Government": a title word followed by "of" is a role, not a surname
const OF_AFTER = /^\s(?:of|for)\b/u;
const PREVIOUS_WORD = /(\p{L}+)[ \u00a0]$/u;

function endsName(toks: readonly Token[], j: number, i: number): boolean {
  const k = toks[j - 1]?.kind;
  return (
    k === "name" ||
    k === "calendar" ||
    k === "place" ||
    ((k === "regnal" || k === "patronymic") && toks[j - 2]?.kind === "name") ||
    // "Chris Bishop": a title word as the surname, right after a given name
    (k === "title" && j === i + 2 && toks[i]?.opensName === true && j === toks.length) ||
    (k === "stop" && toks[j - 2]?.kind === "name" && toks[j - 1]?.inCapitals === true)
  );
}

/**
 * Splits a capitalised word sequence found by a person rule into tokens and picks
 * the name in it, if the cue and the lexicons together make one plausible.
 */
export class NamePicker {
  /** Word -> its kind, per extractor: press releases repeat their capitalised words. */
  private readonly words = new Map<string, WordInfo>();

  constructor(private readonly lex: PeopleLexicon) {}

  /** Names inside text[start, end); `shouting` is true when the cue itself was written in capitals. */
  pick(text: string, start: number, end: number, cue: Cue, shouting: boolean, heading: (at: number) => boolean, direct = false): PickedName[] {
    return this.pickFrom(text, this.tokens(text, start, end, shouting), cue, heading, direct);
  }

  /**
   * As pick, over tokens already made (one capitalised sequence is offered to several rules).
   * `direct`: the words follow the title itself, with no "of ..." between, so all of them are the name.
   */
  pickFrom(text: string, toks: readonly Token[], cue: Cue, heading: (at: number) => boolean, direct = false): PickedName[] {
    if (toks.length === 0) return [];
    let inHeading: boolean | undefined;
    const inHeadingLine = (): boolean => (inHeading ??= heading(toks[0]?.start ?? 0));
    if (cue === "title" || cue === "honorific" || cue === "apposition") {
      // forms of address the title's words lead into: "Finance Minister Datuk Seri Amir Hamzah Azizan"
      let lead = 0;
      for (let n = this.addressAt(toks, 0); n > 0; n = this.addressAt(toks, lead)) lead += n;
      // words that open a name right after a title though they are no name word alone: a month's
      // name ("Deputy Minister Jan Szyszko"), a family name in capitals, as Japan's foreign ministry
      // writes it ("Ms. KAMIKAWA Yoko")
      const first = toks[lead];
      const addressed = cue === "honorific" || lead > 0;
      const firstOpens =
        (direct || addressed) &&
        first !== undefined &&
        (first.kind === "calendar" ||
          (first.kind === "stop" && first.text.length > 2 && ALL_CAPS.test(first.text) && !this.lex.nonName.has(first.lower)) ||
          // "Dr. Said Mohammed Al Saqri": a given name that is also a common word
          (first.kind === "stop" && first.opensName && !this.lex.isHonorific(first.text)) ||
          // "Datuk Seri Amir Hamzah Azizan": after a form of address, a title word that is also a
          // given name opens a name of two more words
          (first.kind === "title" && addressed && first.opensName && toks[lead + 2]?.kind === "name")) &&
        toks[lead + 1]?.kind === "name";
      // "Datuk Patinggi Tan Sri Abang Johari Tun Openg": a form of address of several words is passed whole
      let i = lead;
      while (i < toks.length && toks[i]?.kind !== "name" && !this.initialBeforeName(text, toks, i) && !this.familyFirstBeforeName(toks, i) && !(firstOpens && i === lead)) i++;
      // "Minister Bishop": a surname that is also a title word, and nothing else after the title
      // ("Deputy Minister" is one title, not Deputy Mr Minister)
      const only = toks[0];
      if (
        i === toks.length &&
        cue === "title" &&
        toks.length === 1 &&
        only?.kind === "title" &&
        this.lex.surnameLikeTitleWords.has(only.lower) &&
        !OF_AFTER.test(text.slice(only.end, only.end + 6)) &&
        !this.endsTitle(text, only)
      )
        i = 0;
      const span = this.extend(text, toks, i, inHeadingLine, (i === 0 && toks[0]?.kind === "title") || (firstOpens && i === lead) || this.familyFirstBeforeName(toks, i));
      if (!span) return [];
      // "Chair of the Indian Ocean Rim Association", "Head of the National Nutrition Agency": one word
      // between organisation words, or before one, is part of them
      if (span[1] - span[0] === 1 && span[1] < toks.length && (span[0] > 0 || toks[span[1]]?.kind === "stop")) return [];
      // right after the title the whole run is the name ("President Bola Ahmed Tinubu"); after
      // "of ..." an organisation's name may lead into it ("of JSC Samruk-Kazyna Nurlan Zhakupov")
      // titles and forms of address may stand between ("Managing Director Sheikh Saud Salem Abdulaziz Al-Sabah")
      const afterTitle = direct && toks.slice(0, span[0]).every((t) => t.kind === "title" || this.lex.isHonorific(t.text));
      const from = afterTitle ? span[0] : this.givenStart(text, toks, span[0], span[1]);
      return [this.result(text, toks, from, span[1])];
    }
    const out: PickedName[] = [];
    let i = 0;
    while (i < toks.length) {
      // "Deputy Premier Datuk Amar Douglas Uggah Embas said": a form of address of several words is no name
      const address = this.addressAt(toks, i);
      if (address > 1) {
        i += address;
        continue;
      }
      const capsFirst = this.capsFamilyFirst(toks, i);
      if (toks[i]?.kind !== "name" && !capsFirst && !this.initialBeforeName(text, toks, i)) {
        i++;
        continue;
      }
      const span = this.extend(text, toks, i, inHeadingLine, capsFirst);
      if (!span) {
        i++;
        continue;
      }
      const picked = this.evidence(text, toks, span[0], span[1], cue);
      if (picked) out.push(this.result(text, toks, picked[0], picked[1]));
      i = span[1];
    }
    return out;
  }

  /** The name the tokens make whole, after any forms of address ("Dr. Neelam Dhungana Timsina"): two words or more, or null. */
  whole(text: string, toks: readonly Token[], heading: (at: number) => boolean): PickedName | null {
    let i = 0;
    for (let n = this.addressAt(toks, 0); n > 0; n = this.addressAt(toks, i)) i += n;
    let inHeading: boolean | undefined;
    const span = this.extend(text, toks, i, () => (inHeading ??= heading(toks[0]?.start ?? 0)), false);
    if (!span || span[1] !== toks.length || span[1] - span[0] < 2) return null;
    return this.result(text, toks, span[0], span[1]);
  }

  tokens(text: string, start: number, end: number, shouting: boolean): Token[] {
    const out: Token[] = [];
    // words of a sequence are separated by single blanks: split by hand, no regex
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i < end && !isWhiteSpace(text.charCodeAt(i))) continue;
      if (i > s) {
        const t = text.slice(s, i);
        const w = this.word(t, shouting);
        // spelled out rather than spread: one object shape, and a spread costs several times more
        out.push({
          text: t,
          start: s,
          end: i,
          kind: w.kind,
          lower: w.lower,
          opensName: w.opensName,
          surnameSuffix: w.surnameSuffix,
          knownSurname: w.knownSurname,
          startsTitle: w.startsTitle,
          startsHonorific: w.startsHonorific,
          startsByline: w.startsByline,
          inCapitals: w.inCapitals,
        });
      }
      s = i + 1;
    }
    return out;
  }

  private word(t: string, shouting: boolean): WordInfo {
    if (shouting) return this.info(t, true);
    let w = this.words.get(t);
    if (w === undefined) {
      w = this.info(t, false);
      // the cache only saves work: cap it so a long batch cannot grow it without end
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(t, w);
    }
    return w;
  }

  private info(t: string, shouting: boolean): WordInfo {
    const lower = t.toLowerCase();
    const lex = this.lex;
    return {
      kind: this.classify(t, shouting),
      lower,
      opensName: lex.isGiven(t) || lex.isFamilyFirst(lower),
      surnameSuffix: lex.hasSurnameSuffix(t),
      knownSurname: lex.surnames.has(lower),
      startsTitle: lex.titleStarts.has(lower),
      startsHonorific: lex.honorificStarts.has(lower),
      startsByline: lex.bylineStarts.has(lower),
      inCapitals: t.length > 2 && ALL_CAPS.test(t) && VOWEL.test(t),
    };
  }

  private isTitleWord(key: string): boolean {
    return this.lex.titleWords.has(key) || (key.endsWith("s") && this.lex.titleWords.has(key.slice(0, -1)));
  }

  private classify(t: string, shouting: boolean): Kind {
    const first = t.charAt(0);
    if (first !== first.toUpperCase() || /^[-‑]/.test(t)) {
      if (this.lex.patronymics.has(t)) return "patronymic";
      const [head, rest] = t.split(/[-‑'’]/, 2);
      if (!this.lex.particles.has((head ?? "").toLowerCase())) return "stop";
      // "al-Sisi" is a surname; a bare "al" or "von" only joins one
      return rest !== undefined && /^\p{Lu}/u.test(rest) ? "name" : "particle";
    }
    if (this.lex.postNominals.has(t)) return "post";
    if (this.lex.regnalNumbers.has(t)) return "regnal";
    // "A." in "Enrique A. Manalo" is an initial, never the article; "H.E." and "U" are forms of address
    if (this.lex.isHonorific(t)) return "stop";
    if (INITIAL_WITH_STOP.test(t)) return "initial";
    const key = t.toLowerCase().replace(/\.$/, "");
    // "Al Saud", "Van Rompuy": a capitalised particle joins a name but cannot start one ("Al Jazeera")
    if (this.lex.particles.has(key)) return "particle";
    if (this.lex.nonName.has(key)) return "stop";
    if (this.lex.places.has(key)) return "place";
    if (INITIAL.test(t) || this.lex.initials.has(t)) return "initial";
    // "Cabinet of Ministers", "Council of Ambassadors": a plural title word is no name either;
    // nor is a word of title words joined by hyphens ("Vice-Governor", "Vice-Governors")
    if (this.isTitleWord(key) || (HYPHEN.test(key) && key.split(HYPHEN).every((part) => this.isTitleWord(part)))) return "title";
    if (this.lex.calendar.has(key)) return "calendar";
    // an acronym ("USAID", "KAZAID") is not a name, unless the whole line shouts ("MINISTER MARSUDI")
    if (t.length > 2 && ALL_CAPS.test(t) && !shouting) return "stop";
    return "name";
  }

  /** From toks[i], the longest run of name parts (at most four names), as [from, to). */
  private extend(text: string, toks: readonly Token[], i: number, heading: () => boolean, titleWordFirst: boolean): [number, number] | null {
    const first = toks[i];
    if (!first || (first.kind !== "name" && !titleWordFirst && !this.initialBeforeName(text, toks, i))) return null;
    let j = i + 1;
    // an opening particle ("Abu Taher Md. Masud Rana") is no name word of its own
    let names = first.kind === "particle" ? 0 : 1;
    // "Santina José Rodrigues Ferreira Viegas Cardoso": Lusophone names run to six
    while (j < toks.length && names < 6) {
      const k = toks[j]?.kind;
      if (k === "name" || k === "calendar") {
        // in a title-case heading a third word joins only a name not yet complete: a
        // middle name or patronymic before it ("Thomas Edward Perez"), not "Scalia Kicks"
        if (names >= 2 && heading()) {
          const prev = toks[j - 1];
          // a particle joins the parent's name that follows it ("Siti Hajar binti Mohd Ariffin")
          const joined = toks.slice(i, j).some((t) => t.kind === "particle");
          if (!prev || (prev.kind !== "initial" && !joined && !prev.opensName && !prev.surnameSuffix)) break;
        }
        names++;
      }
      // "Rita French": a nationality word can be the surname right after a given name
      else if (k === "place" && j === i + 1 && first.opensName) {
        j++;
        names++;
        // "Nguyen Hong Dien": a place's word between names is one of them ("Hong" of Hong Kong)
        if (toks[j]?.kind === "name") continue;
        break;
      }
      // "Chris Bishop": a title word right after a given name, ending the words, is the surname
      else if (k === "title" && j === i + 1 && first.opensName && j === toks.length - 1) {
        j++;
        break;
      }
      // "Alassane OUATTARA": a family name in capitals after a given name, as French style writes it
      else if (k === "stop" && toks[j - 1]?.kind === "name" && toks[j]?.inCapitals === true && !this.lex.nonName.has(toks[j]?.lower ?? "")) {
        j++;
        names++;
        break;
      }
      // "Younis Haji Al Khoori": inside a name, "Haji" is part of it
      else if ((k === "stop" || k === "title") && this.lex.honorificsInNames.has(toks[j]?.lower ?? "") && (toks[j - 1]?.kind === "name" || toks[j - 1]?.kind === "particle") && (toks[j + 1]?.kind === "name" || toks[j + 1]?.kind === "particle")) {
        j++;
        continue;
      } else if (k === "regnal") {
        // "Charles III", "Mohammed VI": the number ends the name
        if (toks[j - 1]?.kind === "name") j++;
        break;
      } else if (k !== "initial" && k !== "particle" && k !== "patronymic") break;
      j++;
    }
    // a name ends on a name (or its regnal number), not on a particle or an initial
    while (j > i + 1 && !endsName(toks, j, i)) j--;
    return [i, j];
  }

  /**
   * "J. Smith": initials may open a name when a name word follows them; so may a
   * month that is also a given name when a known surname follows ("April Jones",
   * but not "April Kazakhstan" or "June Quarter").
   */
  private initialBeforeName(text: string, toks: readonly Token[], i: number): boolean {
    const tok = toks[i];
    if (tok?.kind === "calendar") {
      const next = toks[i + 1];
      // "in May Smith said" is a date first
      const before = /(\p{L}+)[ \u00a0]$/u.exec(text.slice(Math.max(0, tok.start - 10), tok.start));
      if (before?.[1] !== undefined && this.lex.datePrepositions.has(before[1].toLowerCase())) return false;
      return next?.kind === "name" && (next.knownSurname || next.surnameSuffix);
    }
    // "Abu Taher", "Ibn Sina", "Ben Wallace": a capitalised particle that also opens names
    if (tok?.kind === "particle") return this.lex.openingParticles.has(tok.lower) && toks[i + 1]?.kind === "name";
    if (tok?.kind !== "initial") return false;
    let j = i + 1;
    while (toks[j]?.kind === "initial") j++;
    return toks[j]?.kind === "name";
  }

  /**
   * "Vice Premier He Lifeng", "General Secretary To Lam": after a title, a family name that is
   * also an English word ("He", "To", "Le", "Do") opens the name before a name word.
   */
  private familyFirstBeforeName(toks: readonly Token[], i: number): boolean {
    const tok = toks[i];
    return tok !== undefined && (tok.kind === "stop" || tok.kind === "particle") && this.lex.isFamilyFirst(tok.lower) && toks[i + 1]?.kind === "name";
  }

  /**
   * "Minister of Economy, Trade and Industry MUTO Yoji said": a family name in capitals and one
   * given name end the sequence, as Japan's ministries write names.
   */
  private capsFamilyFirst(toks: readonly Token[], i: number): boolean {
    const tok = toks[i];
    return tok !== undefined && tok.kind === "stop" && tok.inCapitals && !this.lex.nonName.has(tok.lower) && i + 2 === toks.length && toks[i + 1]?.kind === "name";
  }

  /** How many tokens from `i` make a form of address, the longest of up to four words ("Datuk Patinggi Tan Sri"), or 0. */
  private addressAt(toks: readonly Token[], i: number): number {
    // most words open no form of address: the phrases are looked up only after one that does
    if (toks[i]?.startsHonorific !== true) return 0;
    for (let n = Math.min(4, toks.length - i); n > 1; n--) {
      if (this.lex.isHonorific(toks.slice(i, i + n).map((t) => t.text).join(" "))) return n;
    }
    const tok = toks[i];
    return tok?.kind === "stop" && this.lex.isHonorific(tok.text) ? 1 : 0;
  }

  /** True when the word before `tok` and `tok` make a title of the lexicon: "Deputy Minister", "Vice President". */
  private endsTitle(text: string, tok: Token): boolean {
    const before = PREVIOUS_WORD.exec(text.slice(Math.max(0, tok.start - 30), tok.start))?.[1];
    if (before === undefined) return false;
    // "Minister Bishop" names a person; "Deputy Governor" is one title
    return this.lex.titlePhrases.has(`${before.toLowerCase()} ${tok.lower}`) || this.lex.titlePrefixes.has(before.toLowerCase());
  }

  /** Without a title or honorific, a bare name must show it is one. */
  private evidence(text: string, toks: readonly Token[], i: number, j: number, cue: Cue): [number, number] | null {
    const size = j - i;
    // a single word may still repeat a name found elsewhere: coreference decides
    // "#Tokayev" is a person, "#Astana" is not
    if (size < 2) return cue === "hashtag" && !toks[i]?.surnameSuffix ? null : [i, j];
    // a contact's or signature's line holds the name and nothing else: "Ramdan Denny Prakoso"
    if (cue === "contact" && opensLine(text, toks[i]?.start ?? 0)) return [i, j];
    // a byline holds the name and nothing else: "By Marielle Ann Dizon-Pacheco"
    if (cue === "byline") return [i, j];
    if (cue === "speaker" || cue === "contact") return [this.givenStart(text, toks, i, j), j];
    // "Paschal Donohoe T.D.", "Daniel Mookhey MLC": letters after a name show it is one
    if (toks[j]?.kind === "post") return [this.givenStart(text, toks, i, j), j];
    // "Aizada Marat kyzy", "Mammadli Nihad Vugar oglu": a patronymic word ends a person's name
    if (toks[j - 1]?.kind === "patronymic" && size >= 3 && size <= 4) return [i, j];
    // a month opens a name only before a known surname (checked by initialBeforeName)
    if (toks[i]?.kind === "calendar") return [i, j];
    if (this.surnameFirst(toks, i, j)) return [i, j];
    // "KazAID Ainur Tuimebekova": start at the given name, or at the surname's word before a surname
    // ending; right after a comma ("Industry, Sameer Abdulla Nass", "Ceja, Galia Borja Gómez") the
    // words before them are the name's too
    const whole = i === 0 && afterComma(text, toks[0]?.start ?? 0);
    for (let g = i; g < j - 1; g++) if (this.opensName(toks[g])) return [whole ? i : g, j];
    if (toks[j - 1]?.surnameSuffix) return [whole ? i : Math.max(i, j - 2), j];
    return null;
  }

  /**
   * "Mirziyoyev Shavkat Miromonovich", "Abbasova Gulnara Tofig gizi": surname, given name and
   * patronymic, as decrees and award lists write them.
   */
  private surnameFirst(toks: readonly Token[], i: number, j: number): boolean {
    const [family, given, father] = [toks[i], toks[i + 1], toks[j - 1]];
    if (j - i < 3 || j - i > 4 || family?.surnameSuffix !== true || !this.opensName(given) || father === undefined) return false;
    return father.kind === "patronymic" || (j - i === 3 && this.lex.isPatronymic(father.text));
  }

  private opensName(tok: Token | undefined): boolean {
    return (tok?.kind === "name" || tok?.kind === "calendar") && tok.opensName;
  }

  /**
   * "JSC Samruk-Kazyna Nurlan Zhakupov": in three or more words that do not open
   * with a given name, the name starts at a later given name that leaves two words.
   */
  private givenStart(text: string, toks: readonly Token[], i: number, j: number): number {
    // "IT Park Farhod Ibragimov": a family name written first ("Park") opens no name a given name follows
    const lead = toks[i];
    if (
      j - i >= 3 &&
      lead !== undefined &&
      !this.lex.isGiven(lead.text) &&
      this.lex.isFamilyFirst(lead.lower) &&
      (this.lex.isGiven(toks[i + 1]?.text ?? "") || this.lex.namedAfterWords.has(lead.lower))
    )
      return i + 1;
    // "Ma. Cristina Aldeguer-Roque": an initial opens the name it stands before
    if (j - i < 3 || lead?.kind === "initial" || this.opensName(lead) || this.surnameFirst(toks, i, j)) return i;
    // "Secretary of State for Budget, Juciene Cristiano de Sousa, noted": right after a comma
    // nothing but the name stands, whichever given name comes first
    if (i === 0 && afterComma(text, toks[0]?.start ?? 0)) return i;
    for (let g = i + 1; g < j - 1; g++) {
      // "Khairuddin bin Haji Abdul Hamid": the words before "bin" are the person's, the rest the parent's
      if (this.lex.lineageWords.has(toks[g]?.lower ?? "")) return i;
      if (this.opensName(toks[g])) return g;
    }
    return i;
  }

  private result(text: string, toks: readonly Token[], i: number, j: number): PickedName {
    const first = toks[i];
    let start = first?.start ?? 0;
    // "Mr.Smith": an honorific written onto the name is no initial
    const glued = first && first.text.indexOf(".") > 0 ? GLUED_PREFIX.exec(first.text) : null;
    if (glued?.[1] !== undefined && this.lex.isHonorific(glued[1])) start += glued[0].length;
    const last = toks[j - 1];
    let end = last?.end ?? start;
    // "Grace Fu." at the end of a sentence: the full stop is the sentence's
    if (last?.kind === "name" && text.charCodeAt(end - 1) === 46 && !this.lex.isHonorific(last.text)) end--;
    // "Marcos Jr.": the full stop of an abbreviated suffix is part of it
    if (last?.kind === "regnal" && text.charCodeAt(end) === 46 && this.lex.regnalNumbers.has(`${last.text}.`)) end++;
    // "Eli M. Remolona, Jr.": a generational suffix after a comma is part of the name too
    const suffix = last?.kind === "name" ? COMMA_SUFFIX.exec(text.slice(end, end + 8)) : null;
    if (suffix?.[1] !== undefined && this.lex.regnalNumbers.has(suffix[1])) end += suffix[0].length;
    return { start, end, name: text.slice(start, end).replace(/\s+/gu, " ") };
  }
}

/** Whether a comma and one blank stand right before `at`. */
function afterComma(text: string, at: number): boolean {
  return at >= 2 && text.charCodeAt(at - 2) === 44 && isBlank(text.charCodeAt(at - 1));
}

// a list item's marker: "4.", "4)", "-", "•", "*"
const LIST_MARKER = /(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]+$/u;

/** Whether a list item's marker ("4. ", "- ", "• ") opens the line right before `at`. */
export function opensListItem(text: string, at: number): boolean {
  return LIST_MARKER.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * Whether only blanks, an opening bracket or a list item's marker ("4. ", "- ") stand between
 * the line's start and `at`.
 */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 40 /* ( */ && !isBlank(c)) return opensListItem(text, at);
  }
  return true;
}
