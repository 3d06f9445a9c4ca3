// The labelled figure-matching corpus (tests/fixtures/matching, format in its README), read for
// the fitting script and the evaluation: every story's reports parsed and read by the real
// extractor, and every labelled figure mention tied to the extracted figure it names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ComparableArticle } from '../../src/lib/compare';
import { pairFeatures } from '../../src/lib/compare/figures/features';
import { scorePairs, type ScoredPair } from '../../src/lib/compare/figures';
import { figureItems, type FigureItem } from '../../src/lib/compare/figures/items';
import { MATCHER, type MatcherModel } from '../../src/lib/compare/figures/model';
import { extractFacts } from '../../src/lib/extract';
import type { FigureFact, Paragraph } from '../../src/lib/extract/types';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { readMarkdown } from '../support/content';

const ROOT = resolve(import.meta.dirname, '../..');
/** The corpus folder: one sub-folder per split, one per story. */
export const CORPUS = join(ROOT, 'tests/fixtures/matching');
/** Splits in the order they are used: fit on train, choose thresholds on validation, report held-out. */
export const SPLITS = ['train', 'validation', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

/** A labelled figure mention: its report, its block (prose paragraph number or block name) and its text. */
export interface LabelMention {
  article: string;
  paragraph?: number;
  block?: string;
  text: string;
}

/** One story's labels (tests/fixtures/matching/README.md). */
export interface StoryLabels {
  story: string;
  event: string;
  writtenBy: string;
  articles: string[];
  /** Reports kept elsewhere in the repository (article id → file), instead of `<article>.md` beside the labels. */
  sources?: Record<string, string>;
  quantities: Array<{ id: string; what: string; status: 'agree' | 'conflict' | 'updated' | 'only'; kinds: string[]; mentions: LabelMention[] }>;
  contrasts?: Array<{ a: string; b: string; kind: string }>;
  people?: Array<{ names: Record<string, string>; spellingDiffers?: boolean }>;
}

/** A story of the corpus, read: its reports as the comparison takes them, and which quantity each figure is. */
export interface CorpusStory {
  split: Split | 'seed';
  labels: StoryLabels;
  articles: ComparableArticle[];
  /** Quantity id of each labelled figure, by `${article}:${fact id}`. */
  quantityOf: Map<string, string>;
  /** Label mentions no extracted figure overlaps (extraction misses). */
  unmatched: string[];
}

/** Key of a figure across the corpus code. */
export const figureKey = (article: string, fact: string) => `${article}:${fact}`;

const blockName = (p: Paragraph) => p.block ?? `p${p.index}`;

/** Reads one story folder. */
export function readStory(dir: string, split: CorpusStory['split']): CorpusStory {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as StoryLabels;
  const articles = labels.articles.map((id): ComparableArticle => {
    const file = labels.sources?.[id] ? join(ROOT, labels.sources[id]!) : join(dir, `${id}.md`);
    const { frontmatter, body } = readMarkdown(file);
    const { paragraphs } = parseArticle(body, (block) => `${id}-${block}`);
    if (!frontmatter.published) throw new Error(`${file}: "published" is missing from the frontmatter`);
    const facts = extractFacts(paragraphs, { id, published: frontmatter.published, ...(frontmatter.dateline ? { dateline: frontmatter.dateline } : {}) });
    return { article: { id, outlet: frontmatter.outlet || id }, paragraphs, facts };
  });
  const quantityOf = new Map<string, string>();
  const unmatched: string[] = [];
  // Within a block, a label never takes characters an earlier label took ("17" after "at least 17").
  const taken = new Map<string, Array<[number, number]>>();
  for (const quantity of labels.quantities) {
    for (const mention of quantity.mentions) {
      const article = articles.find((a) => a.article.id === mention.article);
      if (!article) throw new Error(`${join(dir, 'labels.json')}: quantity "${quantity.id}" names article "${mention.article}", which is not in "articles"`);
      const name = mention.block ?? `p${mention.paragraph}`;
      const block = article.paragraphs.find((p) => blockName(p) === name);
      const spans = taken.get(`${mention.article}/${name}`) ?? [];
      // The label as a whole word: "3" is not the 3 of "236", nor of "1,3".
      const whole = (at: number) => {
        const text = block!.text;
        const before = text.slice(Math.max(0, at - 2), at);
        const after = text.slice(at + mention.text.length, at + mention.text.length + 2);
        return !/[\p{L}\p{N}]$|\d[.,]$/u.test(before) && !/^[\p{L}\p{N}]|^[.,]\d/u.test(after);
      };
      const free = (at: number) => !spans.some(([s, e]) => s < at + mention.text.length && at < e);
      let start = block ? block.text.indexOf(mention.text) : -1;
      while (start >= 0 && !(free(start) && whole(start))) start = block!.text.indexOf(mention.text, start + 1);
      if (start < 0 && block) for (start = block.text.indexOf(mention.text); start >= 0 && !free(start); ) start = block.text.indexOf(mention.text, start + 1);
      if (!block || start < 0) throw new Error(`${join(dir, 'labels.json')}: "${mention.text}" is not in ${mention.article} ${name}`);
      spans.push([start, start + mention.text.length]);
      taken.set(`${mention.article}/${name}`, spans);
      const end = start + mention.text.length;
      const figure = article.facts.figures.find(
        (f: FigureFact) => f.mentions[0].paragraph === block.index && f.mentions[0].start < end && start < f.mentions[0].end && !quantityOf.has(figureKey(mention.article, f.id)),
      );
      if (figure) quantityOf.set(figureKey(mention.article, figure.id), quantity.id);
      else unmatched.push(`${mention.article} ${name} "${mention.text}" (${quantity.id})`);
    }
  }
  return { split, labels, articles, quantityOf, unmatched };
}

/** Every story of a split, in folder order. */
export function readSplit(split: Split | 'seed'): CorpusStory[] {
  const dir = join(CORPUS, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'labels.json')))
    .sort()
    .map((d) => readStory(join(dir, d), split));
}

/** A story's figures read for matching, its candidate pairs scored, and the gold answer for each pair. */
export interface MatchedStory {
  story: CorpusStory;
  items: FigureItem[];
  scored: ScoredPair[];
  /** Feature values of each scored pair, in the same order. */
  features: number[][];
  /** Quantity id of each item, or undefined for a figure no label names. */
  quantity: Array<string | undefined>;
}

/** Reads a story's figures, scores every candidate pair with `model`, and ties each item to its labelled quantity. */
export function matchStory(story: CorpusStory, model: MatcherModel = MATCHER): MatchedStory {
  const items = figureItems(
    story.articles.map((a) => ({ id: a.article.id, figures: a.facts.figures, dates: a.facts.dates, paragraphs: a.paragraphs })),
    model.nearWords,
  );
  const scored = scorePairs(items, model);
  const features = scored.map((p) => pairFeatures(items[p.a]!, items[p.b]!));
  const quantity = items.map((item) => story.quantityOf.get(figureKey(item.article, item.fact.id)));
  return { story, items, scored, features, quantity };
}

/** True when two items are labelled as one quantity. */
export const sameQuantity = (m: MatchedStory, a: number, b: number) => m.quantity[a] !== undefined && m.quantity[a] === m.quantity[b];

/** Grouping of one or more stories, counted: pairs across reports, statuses, disagreements shown, mixed groups. */
export interface GroupingCounts {
  /** Cross-report pairs in one predicted group / labelled as one quantity / both. */
  predicted: number;
  gold: number;
  correct: number;
  /** Correct pairs whose group has the labelled status. */
  rightStatus: number;
  /** Labelled conflicts and updates (quantities in two reports or more), and those shown as a conflict or an update. */
  disagreements: number;
  disagreementsShown: number;
  /** Predicted groups across reports, and those holding figures of more than one labelled quantity. */
  groups: number;
  mixed: number;
}

export const emptyCounts = (): GroupingCounts => ({ predicted: 0, gold: 0, correct: 0, rightStatus: 0, disagreements: 0, disagreementsShown: 0, groups: 0, mixed: 0 });

/** Adds `b`'s counts to `a`'s. */
export function addCounts(a: GroupingCounts, b: GroupingCounts): GroupingCounts {
  for (const k of Object.keys(a) as (keyof GroupingCounts)[]) a[k] += b[k];
  return a;
}

/** Counts how the groups `groups` (item indexes) and their statuses fare against the labels. */
export function countGrouping(m: MatchedStory, groups: readonly number[][], statusOf: (group: readonly number[]) => string, onlyPair?: (a: number, b: number) => boolean): GroupingCounts {
  const counts = emptyCounts();
  const labels = new Map(m.story.labels.quantities.map((q) => [q.id, q]));
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const statuses = groups.map((g) => statusOf(g));
  const n = m.items.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (m.items[a]!.article === m.items[b]!.article || (onlyPair && !onlyPair(a, b))) continue;
      const gold = sameQuantity(m, a, b);
      const together = groupOf.get(a) === groupOf.get(b);
      if (gold) counts.gold++;
      if (together) counts.predicted++;
      if (gold && together) {
        counts.correct++;
        if (statuses[groupOf.get(a)!] === labels.get(m.quantity[a]!)!.status) counts.rightStatus++;
      }
    }
  }
  if (onlyPair) return counts;
  for (const q of m.story.labels.quantities) {
    if (q.status !== 'conflict' && q.status !== 'updated') continue;
    counts.disagreements++;
    const shown = groups.some((g, k) => {
      const members = g.filter((i) => m.quantity[i] === q.id);
      return new Set(members.map((i) => m.items[i]!.article)).size > 1 && (statuses[k] === 'conflict' || statuses[k] === 'updated');
    });
    if (shown) counts.disagreementsShown++;
  }
  for (const g of groups) {
    if (new Set(g.map((i) => m.items[i]!.article)).size < 2) continue;
    counts.groups++;
    if (new Set(g.map((i) => m.quantity[i] ?? `unlabelled ${i}`)).size > 1) counts.mixed++;
  }
  return counts;
}
