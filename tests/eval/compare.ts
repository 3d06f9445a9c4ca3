// `npm run eval:compare`: precision and recall of the comparison engine on labelled story pairs
// (tests/fixtures/compare/*.labels.json): person merges, figure groups (pairs of figures from the
// two articles put in one group) and figure statuses. Articles go through the real parser and
// extractor, so a figure the extractor misses counts against recall here too.
// Pairs under tests/fixtures/compare-heldout are reported separately and never tuned on.
// Writes tests/eval/results/compare.txt; tests/unit/compare/eval.test.ts holds the floor.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStory, type ComparableArticle } from '../../src/lib/compare';
import type { FigureStatus } from '../../src/lib/compare/types';
import { foldText } from '../../src/lib/text';
import { extractFacts } from '../../src/lib/extract';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { readMarkdown } from '../support/content';

const ROOT = resolve(import.meta.dirname, '../..');
const LABELS = join(ROOT, 'tests/fixtures/compare');
/** Labelled pairs kept out of tuning: their score says how the engine does on articles nobody tuned it on. */
export const HELD_OUT_DIR = join(ROOT, 'tests/fixtures/compare-heldout');

/** A figure named by its paragraph and its text as written. */
type FigureRef = [number, string];

/** One labelled pair of articles. */
interface PairLabels {
  pair: string;
  /** Article id → Markdown file (relative to the repository root). */
  articles: Record<string, string>;
  people: { same: Record<string, string>[]; different: Record<string, string>[] };
  figures: {
    groups: ({ what: string; status: Exclude<FigureStatus, 'only'> } & Record<string, unknown>)[];
    only: Record<string, FigureRef[]>;
  };
}

/** Counts behind a precision/recall pair. */
export interface Score {
  truePositives: number;
  predicted: number;
  expected: number;
}

/** Scores of one pair (or of all pairs together). */
export interface PairScores {
  people: Score;
  figureGroups: Score;
  statuses: Score;
  /** Label entries no extracted fact matched (extraction misses or label typos). */
  unmatched: string[];
}

const empty = (): Score => ({ truePositives: 0, predicted: 0, expected: 0 });
/** Precision of a score (1 when nothing was predicted). */
export const precision = (s: Score) => (s.predicted === 0 ? 1 : s.truePositives / s.predicted);
/** Recall of a score (1 when nothing was expected). */
export const recall = (s: Score) => (s.expected === 0 ? 1 : s.truePositives / s.expected);

function loadArticle(id: string, file: string): ComparableArticle & { published: string } {
  const { frontmatter, body } = readMarkdown(join(ROOT, file));
  const parsed = parseArticle(body, (block) => `${id}-${block}`);
  const published = frontmatter.published ?? '';
  return {
    article: { id, outlet: frontmatter.outlet || id },
    paragraphs: parsed.paragraphs,
    facts: extractFacts(parsed.paragraphs, { id, published }),
    published,
  };
}

const fold = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Facts of an article that a label names: exact text first, else a mention containing it. */
function findFacts<T extends { id: string }>(facts: T[], texts: (fact: T) => string[], label: string): T[] {
  const wanted = fold(label);
  const exact = facts.filter((f) => texts(f).some((t) => fold(t) === wanted));
  return exact.length > 0 ? exact : facts.filter((f) => texts(f).some((t) => fold(t).includes(wanted)));
}

/** Scores the engine on one labelled pair. */
export function scorePair(labels: PairLabels): PairScores {
  const ids = Object.keys(labels.articles);
  const articles = ids.map((id) => loadArticle(id, labels.articles[id]!));
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const comparison = compareStory(articles);
  const unmatched: string[] = [];
  const scores: PairScores = { people: empty(), figureGroups: empty(), statuses: empty(), unmatched };

  // People: pairs of person facts (one per article) in the same group.
  const personIds = (article: string, name: string) => {
    const found = findFacts(byId.get(article)!.facts.people, (p) => [p.name, ...p.mentions.map((m) => m.text)], name).map(
      (p) => `${article}:${p.id}`,
    );
    if (found.length === 0) unmatched.push(`person ${article}: ${name}`);
    return found;
  };
  const goldPeople = new Set<string>();
  for (const same of labels.people.same) {
    const [a, b] = ids.map((id) => personIds(id, same[id]!));
    for (const x of a!) for (const y of b!) goldPeople.add(pairKey(x, y));
  }
  const predictedPeople = new Set<string>();
  for (const g of comparison.people) {
    const keys = g.entries.map((e) => `${e.article}:${e.fact}`);
    keys.forEach((x, i) => keys.slice(i + 1).forEach((y) => predictedPeople.add(pairKey(x, y))));
  }
  scores.people = overlap(predictedPeople, goldPeople);

  // Figures: pairs across the articles in one group, and each labelled figure's status.
  const figureIds = (article: string, [paragraph, text]: FigureRef) => {
    const facts = byId.get(article)!.facts.figures.filter((f) => f.mentions[0].paragraph === paragraph);
    const found = findFacts(facts, (f) => [f.mentions[0].text], text).map((f) => `${article}:${f.id}`);
    if (found.length === 0) unmatched.push(`figure ${article} ¶${paragraph}: ${text}`);
    return found;
  };
  const goldPairs = new Set<string>();
  const goldStatus = new Map<string, FigureStatus>();
  for (const group of labels.figures.groups) {
    const members = ids.flatMap((id) => ((group[id] as FigureRef[] | undefined) ?? []).flatMap((ref) => figureIds(id, ref)));
    members.forEach((x, i) => members.slice(i + 1).forEach((y) => x.split(':')[0] !== y.split(':')[0] && goldPairs.add(pairKey(x, y))));
    for (const m of members) goldStatus.set(m, group.status);
  }
  for (const [article, refs] of Object.entries(labels.figures.only))
    for (const ref of refs) for (const m of figureIds(article, ref)) goldStatus.set(m, 'only');
  const predictedPairs = new Set<string>();
  const predictedStatus = new Map<string, FigureStatus>();
  for (const g of comparison.figures) {
    const keys = g.entries.map((e) => `${e.article}:${e.fact}`);
    keys.forEach((x, i) => keys.slice(i + 1).forEach((y) => x.split(':')[0] !== y.split(':')[0] && predictedPairs.add(pairKey(x, y))));
    for (const k of keys) predictedStatus.set(k, g.status);
  }
  scores.figureGroups = overlap(predictedPairs, goldPairs);
  // Statuses: a labelled figure's status counts as predicted when the engine groups it with
  // something (agree/conflict), and as expected when the label groups it; correct when both
  // name the same status. "Only" figures are scored by whether they stayed alone.
  for (const [fact, gold] of goldStatus) {
    const predicted = predictedStatus.get(fact) ?? 'only';
    scores.statuses.expected++;
    scores.statuses.predicted++;
    if (predicted === gold) scores.statuses.truePositives++;
  }
  return scores;
}

function overlap(predicted: Set<string>, expected: Set<string>): Score {
  let truePositives = 0;
  for (const item of predicted) if (expected.has(item)) truePositives++;
  return { truePositives, predicted: predicted.size, expected: expected.size };
}

/** Every labelled pair in `dir` (the tuned pairs by default), scored, plus the totals. */
export function evaluateComparePairs(dir = LABELS): { pairs: { pair: string; scores: PairScores }[]; overall: PairScores } {
  const files = (existsSync(dir) ? readdirSync(dir) : [])
    .filter((f) => f.endsWith('.labels.json'))
    .sort();
  const pairs = files.map((f) => {
    const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PairLabels;
    return { pair: labels.pair, scores: scorePair(labels) };
  });
  const overall: PairScores = { people: empty(), figureGroups: empty(), statuses: empty(), unmatched: [] };
  for (const { scores } of pairs) {
    for (const key of ['people', 'figureGroups', 'statuses'] as const) {
      overall[key].truePositives += scores[key].truePositives;
      overall[key].predicted += scores[key].predicted;
      overall[key].expected += scores[key].expected;
    }
    overall.unmatched.push(...scores.unmatched);
  }
  return { pairs, overall };
}

function report(): string {
  const tuned = evaluateComparePairs();
  const heldOut = evaluateComparePairs(HELD_OUT_DIR);
  const cell = (s: Score) => `P ${precision(s).toFixed(2)} R ${recall(s).toFixed(2)} (${s.truePositives}/${s.predicted} pred, ${s.expected} gold)`;
  const lines = [
    'Comparison engine on labelled story pairs (npm run eval:compare)',
    'people = cross-article person merges; figure groups = cross-article figure pairs grouped together;',
    'statuses = labelled figures whose group status (agree / conflict / only) matches the label (P = R = accuracy).',
    '',
  ];
  const section = (title: string, overallName: string, { pairs, overall }: ReturnType<typeof evaluateComparePairs>) => {
    lines.push(title);
    for (const { pair, scores } of [...pairs, { pair: overallName, scores: overall }]) {
      lines.push(pair);
      lines.push(`  people         ${cell(scores.people)}`);
      lines.push(`  figure groups  ${cell(scores.figureGroups)}`);
      lines.push(`  statuses       ${cell(scores.statuses)}`);
      if (pair !== overallName && scores.unmatched.length > 0) lines.push(`  not extracted: ${scores.unmatched.join('; ')}`);
    }
  };
  section(`TUNED (${tuned.pairs.length} pairs)`, 'OVERALL', tuned);
  if (heldOut.pairs.length > 0) {
    lines.push('');
    section(`HELD-OUT (${heldOut.pairs.length} pairs, never tuned on)`, 'HELD-OUT OVERALL', heldOut);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = report();
  writeFileSync(join(ROOT, 'tests/eval/results/compare.txt'), text);
  process.stdout.write(text);
}
