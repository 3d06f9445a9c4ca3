// The comparison engine: what the articles of a story share, where their figures differ, and
// which paragraphs correspond. Works for a story of one article (everything is "only") up to N.
import type { ArticleFacts, Paragraph, Span } from '../extract/types';
import { groupDates } from './dates';
import { groupFigures } from './figures';
import { formatBounds, formatDateSpan, formatDifference, formatShare } from './format';
import { alignParagraphs } from './paragraphs';
import { blockName } from '../parse/blocks';
import { groupPeople } from './people';
import { groupQuotes } from './quotes';
import type { FactLink, StoryComparison } from './types';

export type * from './types';

/** What the engine needs of an article (an `AnalyzedArticle` is one). */
export interface ComparableArticle {
  article: { id: string; outlet: string };
  paragraphs: Paragraph[];
  facts: ArticleFacts;
}

// A build renders a story's page, pair pages, figures view and API from the same analysed
// articles; comparing them once is enough. Keyed by the article objects themselves.
const comparisons = new WeakMap<ComparableArticle, { articles: readonly ComparableArticle[]; comparison: StoryComparison }[]>();

/** Compares the articles of a story: people, dates, figures and quotes across articles, and paragraph alignments. */
export function compareStory(articles: readonly ComparableArticle[]): StoryComparison {
  const first = articles[0];
  if (!first) return compareArticles(articles);
  const known = comparisons.get(first) ?? [];
  const hit = known.find((entry) => entry.articles.length === articles.length && entry.articles.every((a, i) => a === articles[i]));
  if (hit) return hit.comparison;
  const comparison = compareArticles(articles);
  comparisons.set(first, [...known, { articles: [...articles], comparison }]);
  return comparison;
}

function compareArticles(articles: readonly ComparableArticle[]): StoryComparison {
  const sources = articles.map(({ article, paragraphs, facts }) => ({ id: article.id, paragraphs, ...facts }));
  const people = groupPeople(sources);
  const dates = groupDates(sources);
  const figures = groupFigures(sources);
  const quotes = groupQuotes(sources);

  // Paragraphs meet through the facts they share with another article.
  const paragraphGroups = new Map(articles.map(({ article }) => [article.id, new Map<number, Set<string>>()]));
  const note = (article: string, spans: Span[], group: string) => {
    const byParagraph = paragraphGroups.get(article)!;
    for (const { paragraph } of spans) {
      let set = byParagraph.get(paragraph);
      if (!set) byParagraph.set(paragraph, (set = new Set()));
      set.add(group);
    }
  };
  for (const g of people) if (g.entries.length > 1) for (const e of g.entries) note(e.article, e.mentions, g.group);
  for (const g of dates) if (g.entries.length > 1) for (const e of g.entries) note(e.article, e.mentions, g.group);
  for (const g of figures) if (g.entries.length > 1) for (const e of g.entries) note(e.article, [e.mention], g.group);
  for (const g of quotes) if (g.entries.length > 1) for (const e of g.entries) note(e.article, [e.mention], g.group);
  const alignments = alignParagraphs(
    articles.map(({ article, paragraphs }) => ({ id: article.id, paragraphs, groups: paragraphGroups.get(article.id)! })),
  );

  return {
    articles: articles.map(({ article, paragraphs }) => ({ id: article.id, outlet: article.outlet, blocks: blocksOf(paragraphs) })),
    people,
    dates,
    figures,
    quotes,
    alignments,
  };
}

/** Block names by index − 1, so a span's paragraph number finds its block name directly. */
function blocksOf(paragraphs: readonly Paragraph[]): string[] {
  const blocks: string[] = [];
  for (const p of paragraphs) blocks[p.index - 1] = blockName(p);
  return Array.from(blocks, (b, i) => b ?? `p${i + 1}`);
}

/** The block name of paragraph number `paragraph` of an article of the comparison ("p9", "t1r2"). */
export function blockOf(comparison: Pick<StoryComparison, 'articles'>, article: string, paragraph: number): string {
  return comparison.articles.find((a) => a.id === article)?.blocks[paragraph - 1] ?? `p${paragraph}`;
}

/** Key of a fact in {@link factLinks}: `${articleId}:${factId}`. */
export const factKey = (article: string, fact: string) => `${article}:${fact}`;

/** How every fact of every article relates to the other articles, keyed by {@link factKey}. */
export function factLinks(comparison: StoryComparison): Map<string, FactLink> {
  const outlet = new Map(comparison.articles.map((a) => [a.id, a.outlet]));
  const links = new Map<string, FactLink>();
  // An "only" fact also says which outlets do not carry it, so the line is useful on its own.
  const line = (parts: { article: string; text: string }[]) => {
    const present = new Set(parts.map((p) => p.article));
    const absent = comparison.articles.filter((a) => !present.has(a.id)).map((a) => `not in ${a.outlet}`);
    return [...parts.map((p) => `${outlet.get(p.article)}: ${p.text}`), ...absent].join(' · ');
  };

  for (const g of comparison.people) {
    const summary = line(g.entries.map((e) => ({ article: e.article, text: e.title ? `${e.title} ${e.name}` : e.name })));
    for (const e of g.entries) links.set(factKey(e.article, e.fact), { group: g.group, kind: 'person', status: g.status, summary });
  }
  for (const g of comparison.dates) {
    const when = formatDateSpan(g);
    const summary = `${when} — ${line(g.entries.map((e) => ({ article: e.article, text: e.mentions.map((m) => m.text).join(', ') })))}`;
    for (const e of g.entries)
      for (const fact of e.facts) links.set(factKey(e.article, fact), { group: g.group, kind: 'date', status: g.status, summary });
  }
  for (const g of comparison.figures) {
    const parts = g.entries.map((e) => ({
      article: e.article,
      text: `${e.text}${e.text.includes(e.counted) ? '' : ` ${e.counted}`} (${formatBounds(e)})`,
    }));
    const summary = line(parts) + (g.difference ? ` · ${formatDifference(g.difference)}` : '');
    const status = g.status === 'agree' ? 'shared' : g.status;
    for (const e of g.entries) links.set(factKey(e.article, e.fact), { group: g.group, kind: 'figure', status, summary });
  }
  for (const g of comparison.quotes) {
    const summary = line(g.entries.map((e) => ({ article: e.article, text: g.status === 'shared' ? formatShare(e.share) : `“${e.quote}”` })));
    for (const e of g.entries) links.set(factKey(e.article, e.fact), { group: g.group, kind: 'quote', status: g.status, summary });
  }
  return links;
}
