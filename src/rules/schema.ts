import { z } from "zod";
import { FactTypeSchema } from "../schema/fact.js";
import { LEXICON_FILE_SCHEMAS } from "./lexicons/index.js";

/** `<type>.<slug>` or `<type>.<locale>.<slug>`: stable, copied into every fact's `rule`. */
export const RuleIdSchema = z.string().regex(/^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, "rule ids look like money.symbol-number");

export const RuleExampleSchema = z.strictObject({
  /** Phrases that must each yield exactly these values (one entry per fact the phrase gives). */
  texts: z.array(z.string().min(1)).min(1),
  value: z.array(z.record(z.string(), z.unknown())).min(1),
  /** Publication date the example is read against, YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Document URL the example is read with (for host cues such as a ".gov.au" dollar). */
  url: z.string().optional(),
});

const REACH = z.number().int().min(0).max(1000);
/**
 * How far (in characters) a match may reach from a gate's hit: the same on both sides, or
 * `{ before, after }` when the hit is always at one end of a match ("$" opens "$5 million",
 * "dollars" closes "5 million dollars"), which keeps the windows small.
 */
const ReachSchema = z.union([REACH.min(1), z.strictObject({ before: REACH, after: REACH })]);

/**
 * Where a rule is worth running: something every match of the rule contains. The rule
 * then runs only within `reach` characters of the gate's hits instead of over the whole
 * text. Either a pattern (a percent sign or word for the percent rules), or the words of
 * lexicon lists: every match contains one of the listed literals whole (a currency symbol,
 * code or name). All word gates of an extractor share one pass over the text, which costs
 * far less than scanning for an alternation of every currency name.
 */
export const GateSchema = z.union([
  z.strictObject({
    /** A regular expression with {macro} references; every match of the rule contains a hit of it. */
    pattern: z.string().min(1),
    reach: ReachSchema,
  }),
  z.strictObject({
    /** Names of lexicon word lists (the literals behind macros such as {currencyName} or {month}). */
    words: z.array(z.string().min(1)).min(1),
    reach: ReachSchema,
  }),
]);
export type Gate = z.infer<typeof GateSchema>;

export const PatternRuleSchema = z.strictObject({
  id: RuleIdSchema,
  description: z.string().min(1),
  /** A JavaScript regular expression with {macro} references and named groups. */
  pattern: z.string().min(1),
  /** Id of the registered function that turns the named groups into values. */
  normaliser: z.string().min(1),
  /** Breaks ties between overlapping matches of equal length; higher wins. */
  priority: z.number().int().default(0),
  /** Free parameters handed to the normaliser ({ "unit": "points" }). */
  params: z.record(z.string(), z.unknown()).default({}),
  /** Overrides the file's gate; null runs the rule over the whole text. */
  gate: GateSchema.nullable().optional(),
  examples: z.array(RuleExampleSchema).min(1),
  /** Phrases this rule must not turn into a fact. */
  negatives: z.array(z.string()).min(1),
});
export type PatternRule = z.infer<typeof PatternRuleSchema>;

export const PatternsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("patterns"),
  type: FactTypeSchema,
  /** Named sub-patterns, referenced as {name} by rules and by each other. */
  macros: z.record(z.string().regex(/^[a-zA-Z][\w-]*$/), z.string()).default({}),
  /** The gate of every rule in the file that does not set its own. */
  gate: GateSchema.optional(),
  rules: z.array(PatternRuleSchema),
});
export type PatternsFile = z.infer<typeof PatternsFileSchema>;

export const RuleFileSchema = z.discriminatedUnion("kind", [PatternsFileSchema, ...LEXICON_FILE_SCHEMAS]);
export type RuleFile = z.infer<typeof RuleFileSchema>;
export type LexiconFile = Exclude<RuleFile, PatternsFile>;
export type LexiconKind = LexiconFile["kind"];
export type LexiconOf<K extends LexiconKind> = Extract<LexiconFile, { kind: K }>;
