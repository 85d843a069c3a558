import { CurrenciesFileSchema } from "./currencies.js";
import { MagnitudesFileSchema, NumberWordsFileSchema, QualifiersFileSchema } from "./numbers.js";
import { MacrosFileSchema } from "./macros.js";
import { AbbreviationsFileSchema } from "./segmentation.js";
import { CalendarFileSchema } from "./dates.js";
import { PeopleFileSchema } from "./people.js";
import { HtmlFileSchema } from "./html.js";

/**
 * Every lexicon kind the loader knows. A recogniser that needs a new kind adds
 * its schema file beside these and one entry here.
 */
export const LEXICON_FILE_SCHEMAS = [
  CurrenciesFileSchema,
  MagnitudesFileSchema,
  NumberWordsFileSchema,
  QualifiersFileSchema,
  AbbreviationsFileSchema,
  MacrosFileSchema,
  PeopleFileSchema,
  CalendarFileSchema,
  HtmlFileSchema,
] as const;
