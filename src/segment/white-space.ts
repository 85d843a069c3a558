// White space by UTF-16 code: hot loops read a text one code at a time, where a regex test per
// character would cost more than the rest of the loop.

/** A blank inside a line: space or no-break space. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Any white space between words: blanks, tabs, line and paragraph breaks. */
export function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 10 || code === 9 || code === 13 || code === 0x2028 || code === 0x2029;
}

const SPACE = /\s/;

/** What the regex class \s matches, without a regex for ASCII: the splitter reads it at every boundary. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
