/**
 * The candidate a mistyped name most likely meant (`statsu` → `status`, `scleroderm` → `scleroderma`), or
 * nothing when none is close enough to be a typo rather than a different word.
 */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(lower, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  // Up to a third of the longer word may differ: enough for swapped or missing letters, not for another word.
  const allowed = best ? Math.max(1, Math.floor(Math.max(typed.length, best.name.length) / 3)) : 0;
  return best && best.distance <= allowed ? best.name : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  // One flat table, (a.length + 1) × (b.length + 1); the first row and column count from 0.
  const table = Array.from({ length: (a.length + 1) * width }, (_, cell) => {
    const i = Math.floor(cell / width);
    const j = cell % width;
    return i === 0 ? j : j === 0 ? i : 0;
  });
  const at = (i: number, j: number) => table[i * width + j] ?? Infinity;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      table[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}
