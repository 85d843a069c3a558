export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** (max - min) / median: how noisy the runs were. */
export function spread(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  return (Math.max(...xs) - Math.min(...xs)) / median(xs);
}

export const MB = 1e6;
