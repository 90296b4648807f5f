// What the benchmark scripts summarise timings with.

/** Median of a list (the upper middle for even lengths). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
