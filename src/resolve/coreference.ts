import type { RuleSet } from "../rules/load.js";
import type { AnyCandidate, Candidate, Resolver } from "../pipeline/types.js";
import type { PersonValue } from "../schema/fact.js";
import type { PeopleLexicon } from "../recognise/person/lexicon.js";

/** What a name's words say, read once per distinct name. */
interface ReadName {
  /** Lower-cased name words without particles or initials: "thomas", "perez". */
  readonly words: readonly string[];
  /** Words as written, initials included ("J. Smith" has two). */
  readonly size: number;
  /** The words as written, lower-cased, particles included: short forms are read on these. */
  readonly lowered: readonly string[];
}

interface Mention extends ReadName {
  readonly candidate: Candidate<"person">;
  readonly written: string;
  readonly title: string | undefined;
}

interface Entity {
  name: string;
  words: readonly string[];
  title: string | undefined;
  /** Starts of the mentions that named this person in full (or first, for a surname-only person). */
  readonly anchors: number[];
}

const PARTICLE_OR_INITIAL = /^(?:\p{Ll}.*|\p{Lu}{1,2}\.?)$/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;

// "Remolona," of "Eli M. Remolona, Jr."
const TRAILING_COMMA = /,$/;

// "al-Sisi" is found again as "Sisi"
const JOINED_PARTICLE = /^\p{Ll}+[-‑](?=\p{Lu})/u;

// "M.Nurtleu": an initial written onto the surname
const GLUED = /(?<=\.)(?=\p{Lu}\p{Ll})/u;

/** The words of a name as written, a glued initial apart: "M.Nurtleu" is two. */
function writtenWords(name: string): string[] {
  const parts = name.split(" ");
  return name.includes(".") ? parts.flatMap((p) => p.split(GLUED)) : parts;
}

// "Jr." tells no one apart from the same name without it; "III" (no lower case) does
const GENERATIONAL = /\p{Ll}/u;

const wordsOf = (name: string, suffixes: ReadonlySet<string>): string[] => {
  const parts = writtenWords(name)
    .filter((w, i) => i === 0 || !(suffixes.has(w) && GENERATIONAL.test(w)))
    .map((w) => w.replace(JOINED_PARTICLE, "").replace(TRAILING_COMMA, ""));
  const kept = parts.filter((w) => !PARTICLE_OR_INITIAL.test(w));
  return (kept.length > 0 ? kept : parts).map((w) => w.toLowerCase().replace(/[‑–]/gu, "-").replace(/[’]/gu, "'"));
};

/**
 * Two full names are one person when they share the first and the last word ("Thomas Perez",
 * "Thomas E. Perez"), unless both name a middle and no middle word is shared: a father's name
 * tells "Salman bin Khalifa Al Khalifa" from "Salman bin Hamad Al Khalifa".
 */
const sameFullName = (a: readonly string[], b: readonly string[], particles: ReadonlySet<string>): boolean => {
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const middleA = a.slice(1, -1).filter((w) => !particles.has(w));
  const middleB = b.slice(1, -1).filter((w) => !particles.has(w));
  return middleA.length === 0 || middleB.length === 0 || middleA.some((w) => middleB.includes(w));
};

/**
 * True when `short` is the first or last words of the longer `long`, particles included:
 * "heydar aliyev" is neither of "ilham heydar oglu aliyev". A last part that names a parent
 * itself is someone's full name: "salman bin abdulaziz al saud" of "mohammed bin salman bin
 * abdulaziz al saud" is the father.
 */
function isHeadOrTail(long: readonly string[], short: readonly string[], lineage: ReadonlySet<string>): boolean {
  if (long.length <= short.length) return false;
  if (short.every((w, i) => long[i] === w)) return true;
  return short.every((w, i) => long[long.length - short.length + i] === w) && !short.some((w) => lineage.has(w));
}

/** Prefer the longer form, and a form in ordinary case over one in capitals ("MARSUDI"). */
const fuller = (a: string, b: string): boolean => {
  const capsA = ALL_CAPS.test(a);
  const capsB = ALL_CAPS.test(b);
  if (capsA !== capsB) return capsB;
  return a.split(" ").length > b.split(" ").length || (a.split(" ").length === b.split(" ").length && a.length > b.length);
};

/**
 * Gives every person mention the fullest name of the person it refers to and drops
 * mentions that cannot stand alone and refer to nobody. A rule's `standalone`
 * param is the fewest name words a mention of that rule needs to be a person on its
 * own: 1 after a title or honorific ("President Obama"), 2 for a bare speaker, 99
 * for a lone capitalised word, which must repeat part of a name found elsewhere.
 * One bare word stands alone when it ends as surnames of the region do ("Tokayev said", "Tokayev's visit").
 * A shorter mention goes to the most recent earlier person it fits ("Aliyev" after
 * "Heydar Aliyev"), else to the nearest later one ("Mr Smith ... John Smith").
 */
export function createCoreferenceResolver(rules: RuleSet, people: PeopleLexicon): Resolver {
  const standalone = new Map<string, number>();
  for (const { rule } of rules.patterns.person) {
    const n = rule.params["standalone"];
    standalone.set(rule.id, typeof n === "number" ? n : 1);
  }
  const needs = (rule: string): number => standalone.get(rule) ?? 1;
  // the same names recur in a document and across a batch: read each once per extractor
  const read = new Map<string, ReadName>();
  const readName = (name: string): ReadName => {
    let r = read.get(name);
    if (r === undefined) {
      if (read.size > 50_000) read.clear();
      read.set(name, (r = { words: wordsOf(name, people.regnalNumbers), size: writtenWords(name).length, lowered: name.toLowerCase().split(" ") }));
    }
    return r;
  };

  return {
    name: "coreference",
    resolve(_doc, candidates) {
      const mentions: Mention[] = [];
      for (const c of candidates) {
        if (c.type !== "person") continue;
        const v = c.values[0];
        if (!v) continue;
        mentions.push({ candidate: c, written: v.name, ...readName(v.name), title: v.title });
      }
      if (mentions.length === 0) return candidates;
      mentions.sort((a, b) => a.candidate.start - b.candidate.start);

      const entities: Entity[] = [];
      const entityOf = new Map<Mention, Entity>();
      const full = mentions.filter((m) => m.size >= 2 && m.words.length >= 2 && m.size >= needs(m.candidate.rule));
      // "López Obrador" of "Andrés Manuel López Obrador", "Mohammed bin Rashid" of "Mohammed bin
      // Rashid Al Maktoum": the start or end of a longer name, as written, is a short form of it
      const shortForms = new Set(full.filter((m) => full.some((long) => isHeadOrTail(long.lowered, m.lowered, people.lineageWords))));
      // full names first, so that a surname can find a full name written later
      for (const m of full) {
        if (shortForms.has(m)) continue;
        let e = entities.find((x) => sameFullName(x.words, m.words, people.particles));
        if (!e) {
          e = { name: m.written, words: m.words, title: m.title, anchors: [] };
          entities.push(e);
        } else if (fuller(m.written, e.name)) {
          e.name = m.written;
          e.words = m.words;
        }
        e.title ??= m.title;
        e.anchors.push(m.candidate.start);
        entityOf.set(m, e);
      }
      for (const m of mentions) {
        if (entityOf.has(m)) continue;
        const e = nearest(entities, m) ?? ownEntity(m);
        if (!e) continue;
        // "MINISTER BISHOP" first, "Minister Bishop" later: keep the ordinary spelling
        if (e.words.length === m.words.length && fuller(m.written, e.name)) e.name = m.written;
        e.title ??= m.title;
        entityOf.set(m, e);
      }

      function ownEntity(m: Mention): Entity | undefined {
        const need = needs(m.candidate.rule);
        if (m.size < need && !(m.size === 1 && people.standsAlone(m.written))) return undefined;
        const e: Entity = { name: m.written, words: m.words, title: m.title, anchors: [m.candidate.start] };
        entities.push(e);
        return e;
      }

      const replaced = new Map<AnyCandidate, AnyCandidate>();
      for (const [m, e] of entityOf) {
        const title = m.title ?? e.title;
        const value: PersonValue = title ? { name: e.name, title } : { name: e.name };
        replaced.set(m.candidate, { ...m.candidate, values: [value] });
      }
      return candidates.flatMap((c) => (c.type !== "person" ? [c] : (replaced.get(c) ?? [])) as AnyCandidate[]);
    },
  };
}

/** The person a partial mention fits: every word of it is a word of their name. */
function nearest(entities: readonly Entity[], m: Mention): Entity | undefined {
  const at = m.candidate.start;
  let before: { e: Entity; at: number } | undefined;
  let after: { e: Entity; at: number } | undefined;
  for (const e of entities) {
    if (!m.words.every((w) => e.words.includes(w))) continue;
    for (const a of e.anchors) {
      if (a <= at && (!before || a > before.at)) before = { e, at: a };
      if (a > at && (!after || a < after.at)) after = { e, at: a };
    }
  }
  return (before ?? after)?.e;
}
