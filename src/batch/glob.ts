import path from "node:path";

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Splits a pattern into the directory to walk (the segments before the first wildcard)
 * and a matcher for paths relative to it, with "/" separators.
 */
export function compileGlob(pattern: string): { base: string; match: (relative: string) => boolean } {
  const segments = pattern.split(/[\\/]/);
  const first = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseSegments = segments.slice(0, first);
  const base = baseSegments.length === 0 ? "." : baseSegments.join("/") || "/";
  const re = new RegExp(`^${segments.slice(first).map(segmentSource).join("")}$`, "u");
  return { base: path.normalize(base), match: (relative) => re.test(relative) };
}

/** "**" matches any number of directories, "*" and "?" stay within one path segment. */
function segmentSource(segment: string, index: number, all: readonly string[]): string {
  const last = index === all.length - 1;
  if (segment === "**") return last ? ".*" : "(?:[^/]*/)*";
  return globToRegex(segment) + (last ? "" : "/");
}

function globToRegex(glob: string): string {
  let out = "";
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close === -1) out += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      inBraces = true;
      out += "(?:";
    } else if (c === "}" && inBraces) {
      inBraces = false;
      out += ")";
    } else if (c === "," && inBraces) out += "|";
    else out += c.replace(/[.+^$()|\\\]}]/g, "\\$&");
  }
  return out;
}
