import type { z } from "zod";
import type { CurrenciesFileSchema } from "../../rules/lexicons/currencies.js";
import { alternation } from "../../rules/compile.js";
import { RulesError } from "../../rules/load.js";
import { caseVariants } from "../../numbers/lexicon.js";
import type { DocContext } from "../../pipeline/types.js";
import { docHost, hostMatches } from "../../pipeline/host.js";

type CurrenciesFile = z.infer<typeof CurrenciesFileSchema>;
type SurfaceKind = "symbol" | "code" | "name" | "minor";

/**
 * Currency surface forms inverted into lookups, compiled once per extractor.
 * A surface claimed by several currencies ("$", "manat", "rupees") is settled per
 * document by cues: the URL's host, then the country words the text uses most.
 */
export class CurrencyTable {
  private readonly surfaces: Record<SurfaceKind, Map<string, string[]>> = {
    symbol: new Map(),
    code: new Map(),
    name: new Map(),
    minor: new Map(),
  };
  private readonly minorPer = new Map<string, number>();
  private readonly defaults = new Map<string, string>();
  private readonly hosts = new Map<string, readonly string[]>();
  /** `${kind}\u0000${key}` of the surfaces that count only where the text or host names their country, with the codes they then mean. */
  private readonly cued = new Map<string, Set<string>>();
  /** Ambiguous surfaces whose default is the world's currency ("$"): lower-case keys. */
  private readonly worldDefaults = new Set<string>();
  /** Every cue word of every currency, so one scan of a document counts them all. */
  private readonly cueWords: RegExp | null;
  private readonly codesOfWord = new Map<string, string[]>();
  readonly macros: Readonly<Record<string, string>>;
  /** The literals behind each macro, for word gates. */
  readonly wordLists: Readonly<Record<string, readonly string[]>>;

  constructor(files: readonly CurrenciesFile[]) {
    // later files (a user's rules) replace a currency of the same code whole
    const byCode = new Map<string, CurrenciesFile["currencies"][number]>();
    for (const file of files) {
      for (const c of file.currencies) byCode.set(c.code, c);
      for (const [surface, code] of Object.entries(file.defaults)) this.defaults.set(surface.toLowerCase(), code);
      for (const surface of file.worldDefaults) this.worldDefaults.add(surface.toLowerCase());
    }
    const add = (kind: SurfaceKind, key: string, code: string) => {
      const list = this.surfaces[kind].get(key) ?? [];
      if (!list.includes(code)) list.push(code);
      this.surfaces[kind].set(key, list);
    };
    for (const c of byCode.values()) {
      for (const s of c.symbols) add("symbol", s, c.code);
      if (c.matchCode) add("code", c.code, c.code);
      for (const n of c.names) add("name", n.toLowerCase(), c.code);
      if (c.minor) {
        for (const n of c.minor.names) add("minor", n.toLowerCase(), c.code);
        this.minorPer.set(c.code, c.minor.per);
      }
      this.hosts.set(c.code, c.cues.hosts);
      for (const surface of c.needsCue) this.markCued(c, surface);
      // datelines shout their city: "ASHGABAT, 3 June 2024 —"
      for (const w of new Set(c.cues.words.flatMap((word) => [word, word.toUpperCase()]))) {
        const codes = this.codesOfWord.get(w) ?? [];
        codes.push(c.code);
        this.codesOfWord.set(w, codes);
      }
    }
    this.cueWords =
      this.codesOfWord.size > 0 ? new RegExp(`${alternation(this.codesOfWord.keys())}(?![\\p{L}])`, "gu") : null;
    this.checkDefaults();
    // variants of the names as written in the lexicon, so "Kazakh tenge" keeps its capital
    const names = [...byCode.values()].flatMap((c) => c.names).flatMap(caseVariants);
    const minors = [...byCode.values()].flatMap((c) => c.minor?.names ?? []).flatMap(caseVariants);
    const symbols = [...this.surfaces.symbol.keys()];
    const codes = [...this.surfaces.code.keys()];
    this.wordLists = { currencySymbol: symbols, currencyCode: codes, currencyName: names, minorName: minors };
    this.macros = {
      currencySymbol: alternation(symbols),
      currencyCode: `${alternation(codes)}(?![\\p{L}])`,
      currencyName: `${alternation(names)}(?![\\p{L}])`,
      minorName: `${alternation(minors)}(?![\\p{L}])`,
    };
  }

  private markCued(c: CurrenciesFile["currencies"][number], surface: string): void {
    const kind: SurfaceKind | undefined = c.symbols.includes(surface)
      ? "symbol"
      : c.matchCode && c.code === surface
        ? "code"
        : c.names.includes(surface)
          ? "name"
          : undefined;
    if (kind === undefined) {
      throw new RulesError([{ file: "currencies", path: ["currencies", c.code, "needsCue"], message: `"${surface}" is not one of ${c.code}'s symbols, names or code` }]);
    }
    const key = `${kind}\u0000${kind === "name" ? surface.toLowerCase() : surface}`;
    this.cued.set(key, (this.cued.get(key) ?? new Set<string>()).add(c.code));
  }

  private checkDefaults(): void {
    const issues = [];
    for (const kind of ["symbol", "name", "minor"] as const) {
      for (const [surface, codes] of this.surfaces[kind]) {
        if (codes.length > 1 && !this.defaults.has(surface.toLowerCase())) {
          issues.push({
            file: "currencies",
            path: ["defaults", surface],
            message: `"${surface}" is claimed by ${codes.join(", ")}: give it a default`,
          });
        }
      }
    }
    if (issues.length > 0) throw new RulesError(issues);
  }

  /** Whether some currency counts this surface only where the text names its country. */
  needsCue(kind: SurfaceKind, surface: string): boolean {
    return this.cued.has(`${kind}\u0000${kind === "name" ? surface.toLowerCase() : surface}`);
  }

  /** The ISO code a surface form means in this document, or null if unknown (or not money here). */
  resolve(kind: SurfaceKind, surface: string, doc: DocContext): string | null {
    const key = kind === "name" || kind === "minor" ? surface.toLowerCase().replace(/\s+/g, " ") : surface;
    const codes = this.surfaces[kind].get(key);
    if (!codes || codes.length === 0) return null;
    const memoKey = `${kind}\u0000${key}`;
    const cuedCodes = this.cued.get(memoKey);
    if (codes.length === 1 && cuedCodes === undefined) return codes[0] ?? null;
    // an ambiguous surface means one currency throughout a document: settle it once
    const settled = this.settled(doc);
    const known = settled.get(memoKey);
    if (known !== undefined) return known;
    let best = codes.length === 1 ? (codes[0] ?? null) : this.choose(key, codes, doc);
    if (best !== null && cuedCodes?.has(best) === true && !this.namesCountry(best, doc)) best = null;
    settled.set(memoKey, best);
    return best;
  }

  /** Which of several currencies claiming one surface the document means. */
  private choose(key: string, codes: readonly string[], doc: DocContext): string | null {
    const host = docHost(doc);
    const byHost = codes.filter((code) => hostMatches(host, this.hosts.get(code) ?? []));
    // the site's own country decides before any counting: a ".gov.au" release means the Australian dollar
    if (byHost.length === 1) return byHost[0] ?? null;
    const fallback = this.defaults.get(key.toLowerCase()) ?? codes[0] ?? null;
    const counts = this.cueCounts(doc);
    if (this.worldDefaults.has(key.toLowerCase())) {
      const main = mainCountry(counts);
      return main !== null && codes.includes(main) ? main : fallback;
    }
    let best = fallback;
    let bestScore = 0;
    for (const code of codes) {
      const score = (byHost.includes(code) ? 1000 : 0) + (counts.get(code) ?? 0);
      if (score > bestScore) {
        best = code;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether the document's host or text names this currency's country. */
  private namesCountry(code: string, doc: DocContext): boolean {
    return hostMatches(docHost(doc), this.hosts.get(code) ?? []) || (this.cueCounts(doc).get(code) ?? 0) > 0;
  }

  /** Units of a minor-currency name ("cents") in one major unit. */
  minorUnits(code: string): number {
    return this.minorPer.get(code) ?? 100;
  }

  private settled(doc: DocContext): Map<string, string | null> {
    const memo = doc.memo.get(SETTLED);
    if (memo instanceof Map) return memo as Map<string, string | null>;
    const settled = new Map<string, string | null>();
    doc.memo.set(SETTLED, settled);
    return settled;
  }

  /** How often the text names each currency's country: one scan per document, on first need. */
  private cueCounts(doc: DocContext): Map<string, number> {
    const memo = doc.memo.get(CUE_COUNTS);
    if (memo instanceof Map) return memo as Map<string, number>;
    const counts = new Map<string, number>();
    if (this.cueWords) {
      this.cueWords.lastIndex = 0;
      for (let m = this.cueWords.exec(doc.text); m !== null; m = this.cueWords.exec(doc.text)) {
        // a whole word: "Australian", not the end of "Austro-Australian" nor "Canadas"
        if (m.index > 0 && LETTER.test(doc.text.charAt(m.index - 1))) continue;
        for (const code of this.codesOfWord.get(m[0]) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
    }
    doc.memo.set(CUE_COUNTS, counts);
    return counts;
  }
}

/** The currency whose country the text names strictly more often than any other's, if one does. */
function mainCountry(counts: ReadonlyMap<string, number>): string | null {
  let main: string | null = null;
  let top = 0;
  let tied = false;
  for (const [code, n] of counts) {
    if (n > top) {
      main = code;
      top = n;
      tied = false;
    } else if (n === top) {
      tied = true;
    }
  }
  return tied ? null : main;
}

const CUE_COUNTS = "money.cue-counts";
const SETTLED = "money.settled";
const LETTER = /\p{L}/u;


