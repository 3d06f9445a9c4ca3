/**
 * Edits that turn `a` into `b`: inserting, deleting or replacing a letter, or swapping two
 * neighbours (optimal string alignment distance), so `byilne` is one edit from `byline`.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: distance between the first i letters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The name in `known` nearest to `name`, ignoring case, or undefined when none is near enough to be
 * a slip of the keyboard: one edit for every three letters (at least one).
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const word = name.toLowerCase();
  const reach = Math.max(1, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word, candidate.toLowerCase());
    if (distance <= reach && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}
