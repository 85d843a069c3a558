// Letter case of one UTF-16 unit of a text, ASCII first: a one-character string per character
// read costs more than the rest of a scan. Other characters go by their case mapping.

/** An upper-case letter at `i`: "A", "Ж". */
export function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}

/** A lower-case letter at `i`: "a", "ж". */
export function isLowerAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  const c = text.charAt(i);
  return c !== c.toUpperCase();
}

/** A letter with an upper and a lower case at `i`. */
export function isCasedAt(text: string, i: number): boolean {
  return isUpperAt(text, i) || isLowerAt(text, i);
}
