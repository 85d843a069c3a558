/** Four digits a press release uses as a year: 1800-2199, written bare. */
const YEAR_SHAPED = /^(?:1[89]|2[01])\d\d$/;

/**
 * "slowed in 2023 to 9.8%", "grew (in 2022 – 5.7%)", "increased in 2023 to 1.2 trillion tenge":
 * a year followed by the value it ended at, not a range. A real range whose low end only looks
 * like a year rises ("2000 to 2500 tenge"), so only a falling one is taken for a year.
 */
export function isYearBeforeValue(rawLow: string | undefined, low: number, high: number): boolean {
  return rawLow !== undefined && isYearShaped(rawLow.trim()) && low > high;
}

/** "2024", not "2,024" nor "1500": a number written as a year. */
export function isYearShaped(raw: string): boolean {
  return YEAR_SHAPED.test(raw);
}
