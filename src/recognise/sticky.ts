/**
 * The sticky regex's match at `at`, or null. Most attempts fail, and test() fails without
 * building the match array exec() makes; only a hit is run again for its groups.
 */
export function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  if (!re.test(text)) return null;
  re.lastIndex = at;
  return re.exec(text);
}
