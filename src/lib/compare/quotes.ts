// The same quotation carried by several outlets. Outlets use different quote marks and
// apostrophes, cut a quote at different places and sometimes change a comma, so quotes are
// compared as runs of folded words: two quotes match when most of the shorter one's four-word
// runs occur in the other.
import type { QuoteFact } from '../extract/types';
import { clusterAcrossArticles, type MatchCandidate } from './cluster';
import { words } from './text';
import type { QuoteEntry, QuoteGroup } from './types';

const RUN = 4;
/** Share of the shorter quote's word runs the other must contain for the two to be the same quotation. */
export const QUOTE_MATCH_THRESHOLD = 0.5;

/** The four-word runs of a quote; a quote shorter than that is one run of all its words. */
function runs(tokens: string[]): string[] {
  if (tokens.length < RUN) return tokens.length > 0 ? [tokens.join(' ')] : [];
  return tokens.slice(0, tokens.length - RUN + 1).map((_, i) => tokens.slice(i, i + RUN).join(' '));
}

/** How much of the shorter quote the longer one carries (0–1), whatever the quote marks and case. */
export function quoteOverlap(a: string, b: string): number {
  const ra = new Set(runs(words(a)));
  const rb = new Set(runs(words(b)));
  const [small, large] = ra.size <= rb.size ? [ra, rb] : [rb, ra];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const run of small) if (large.has(run)) shared++;
  return shared / small.size;
}

/** Share of the words of `full` that `part` carries, counting words covered by a shared four-word run. */
export function quoteShare(part: string, full: string): number {
  const fullTokens = words(full);
  const partTokens = words(part);
  if (fullTokens.length === 0) return 0;
  if (fullTokens.length < RUN || partTokens.length < RUN) return fullTokens.join(' ') === partTokens.join(' ') ? 1 : 0;
  const carried = new Set(runs(partTokens));
  const covered = new Array<boolean>(fullTokens.length).fill(false);
  runs(fullTokens).forEach((run, i) => {
    if (carried.has(run)) covered.fill(true, i, i + RUN);
  });
  return covered.filter(Boolean).length / fullTokens.length;
}

/** Groups the quotes of several articles into the same quotation across outlets. */
export function groupQuotes(articles: { id: string; quotes: QuoteFact[] }[]): QuoteGroup[] {
  const items = articles.flatMap(({ id, quotes }) => quotes.map((fact) => ({ article: id, fact, runs: new Set(runs(words(fact.quote))) })));
  // Only quotes sharing a word run can match, so an index of runs keeps large stories fast.
  const byRun = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const run of item.runs) {
      const list = byRun.get(run);
      if (list) list.push(i);
      else byRun.set(run, [i]);
    }
  });
  const scores = new Map<string, number>();
  const candidates: MatchCandidate[] = [];
  for (const members of byRun.values()) {
    for (const i of members) {
      for (const j of members) {
        if (j <= i || items[i]!.article === items[j]!.article || scores.has(`${i}|${j}`)) continue;
        const score = quoteOverlap(items[i]!.fact.quote, items[j]!.fact.quote);
        scores.set(`${i}|${j}`, score);
        if (score >= QUOTE_MATCH_THRESHOLD) candidates.push({ a: i, b: j, score });
      }
    }
  }
  const clusters = clusterAcrossArticles(
    items.map((item) => item.article),
    candidates,
    (i, j) => (scores.get(i < j ? `${i}|${j}` : `${j}|${i}`) ?? 0) >= QUOTE_MATCH_THRESHOLD,
  );
  return clusters.map((members, index) => {
    const longest = members.map((i) => items[i]!.fact.quote).reduce((best, q) => (words(q).length > words(best).length ? q : best));
    const entries: QuoteEntry[] = members.map((i) => {
      const { article, fact } = items[i]!;
      return {
        article,
        fact: fact.id,
        quote: fact.quote,
        ...(fact.speaker ? { speaker: fact.speaker } : {}),
        mention: fact.mentions[0],
        share: quoteShare(fact.quote, longest),
      };
    });
    return { group: `quote-${index + 1}`, status: entries.length > 1 ? 'shared' : 'only', text: longest, entries };
  });
}
