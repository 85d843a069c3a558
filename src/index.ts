export { createExtractor, extract, type Extractor } from "./extractor.js";
export { PressFactsInputError, type DocMeta, type ExtractorOptions } from "./options.js";
export { loadRules, builtinRulesDir, RulesError, type RuleIssue, type RuleSet, type LoadResult } from "./rules/load.js";
export * from "./schema/fact.js";
