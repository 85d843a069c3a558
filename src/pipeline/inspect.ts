import { isSpace } from "../segment/white-space.js";

/** Control characters other than tab, newline and carriage return, and U+FFFD. */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;

/**
 * Warnings about text the extractor can still read but a user should know about:
 * empty input, binary-looking bytes, invalid UTF-8 replaced on decoding.
 */
export function inspectText(text: string): string[] {
  const warnings: string[] = [];
  if (isBlankText(text)) {
    warnings.push("empty document: no text to extract from");
    return warnings;
  }
  const suspect = text.match(SUSPECT)?.length ?? 0;
  if (suspect > 0) {
    const share = suspect / text.length;
    warnings.push(
      share > 0.01
        ? `text looks binary: ${suspect} control or replacement characters in ${text.length}`
        : `text has ${suspect} control or replacement characters`,
    );
  }
  return warnings;
}

/** Nothing but white space: read up to the first visible character, not a trimmed copy. */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
