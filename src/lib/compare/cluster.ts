// Grouping the same fact across articles. A group holds at most one fact per article, and every
// two members must be compatible on their own: chaining A~B and B~C must not drag in a C that
// contradicts A. Strongest pairs are joined first, so each fact ends up with its best match.

/** A possible match between two items of different articles, with how strongly they match. */
export interface MatchCandidate {
  a: number;
  b: number;
  score: number;
}

/**
 * Clusters items (numbered 0..n-1, given in reading order across articles) into groups with at most
 * one item per article, joining the strongest candidate pairs first; `compatible` must hold for
 * every two members of a group. Returns the groups, each sorted, ordered by their first item.
 */
export function clusterAcrossArticles(
  articleOf: readonly string[],
  candidates: readonly MatchCandidate[],
  compatible: (a: number, b: number) => boolean,
): number[][] {
  const groupOf = articleOf.map((_, i) => i);
  const members = articleOf.map((_, i) => [i]);
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const { a, b } of sorted) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const left = members[ga]!;
    const right = members[gb]!;
    const articles = new Set(left.map((i) => articleOf[i]));
    if (right.some((i) => articles.has(articleOf[i]))) continue;
    if (!left.every((i) => right.every((j) => compatible(i, j)))) continue;
    for (const j of right) groupOf[j] = ga;
    left.push(...right);
    members[gb] = [];
  }
  return members
    .filter((group) => group.length > 0)
    .map((group) => group.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}
