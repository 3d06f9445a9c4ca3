// `npm run eval:compare`: how the comparison does on the labelled figure-matching corpus
// (tests/fixtures/matching), per split: train (fitted on), validation (thresholds chosen on) and
// held-out (written by another hand, never used for either). Prints, per split:
//   - grouping: cross-report pairs of figures put in one group, precision and recall;
//   - status: share of correctly grouped pairs whose group has the labelled status;
//   - disagreements (labelled conflicts and updates) shown as a conflict or an update;
//   - groups across reports that mix different quantities;
//   - per kind of quantity (different words, rounding, …) and per kind of hard negative;
//   - people spelled two ways, found as one person and flagged;
//   - the margin |P(same) − threshold| of every labelled decision, listing those under 0.05, and
//     the seed story's conflict.
// Writes tests/eval/results/compare.txt; tests/unit/compare/eval.test.ts holds the floor.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareStory } from '../../src/lib/compare';
import { clusterFigures } from '../../src/lib/compare/figures';
import { MATCHER } from '../../src/lib/compare/figures/model';
import { figureStatus } from '../../src/lib/compare/figures/status';
import { addCounts, countGrouping, emptyCounts, matchStory, readSplit, sameQuantity, SPLITS, type GroupingCounts, type MatchedStory } from './matchingCorpus';

const ROOT = resolve(import.meta.dirname, '../..');
/** Decisions closer than this to their threshold are listed. */
const NARROW = 0.05;

/** One split's scores. */
export interface SplitScores {
  split: string;
  stories: number;
  totals: GroupingCounts;
  /** Per quantity kind: [pairs grouped, labelled pairs, grouped with the right status]. */
  kinds: Map<string, [number, number, number]>;
  /** Per hard-negative kind: [pairs wrongly grouped, candidate pairs]. */
  contrasts: Map<string, [number, number]>;
  /** People spelled two ways: [found as one person, labelled]; and [flag right, groups checked]. */
  people: { merged: [number, number]; flagged: [number, number] };
  /** Labelled decisions and their margins. */
  margins: Array<{ story: string; pair: string; margin: number; same: boolean; decided: boolean }>;
}

const bump = <K>(map: Map<K, number[]>, key: K, values: number[]) => {
  const entry = map.get(key) ?? values.map(() => 0);
  values.forEach((v, i) => (entry[i]! += v));
  map.set(key, entry);
};

/** Scores every story of one split with the committed model. */
export function scoreSplit(split: (typeof SPLITS)[number] | 'seed'): SplitScores {
  const stories = readSplit(split).map((s) => matchStory(s));
  const totals = emptyCounts();
  const kinds = new Map<string, number[]>();
  const contrasts = new Map<string, number[]>();
  const people = { merged: [0, 0] as [number, number], flagged: [0, 0] as [number, number] };
  const margins: SplitScores['margins'] = [];
  for (const m of stories) {
    const { groups } = clusterFigures(m.items, m.scored);
    const statusOf = (g: readonly number[]) => figureStatus(g.map((i) => m.items[i]!.fact));
    addCounts(totals, countGrouping(m, groups, statusOf));
    const groupOf = new Map<number, number>();
    groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
    const byQuantity = new Map(m.story.labels.quantities.map((q) => [q.id, q]));
    // Per kind of quantity: its cross-report pairs.
    for (let a = 0; a < m.items.length; a++) {
      for (let b = a + 1; b < m.items.length; b++) {
        if (m.items[a]!.article === m.items[b]!.article || !sameQuantity(m, a, b)) continue;
        const q = byQuantity.get(m.quantity[a]!)!;
        const together = groupOf.get(a) === groupOf.get(b);
        const right = together && statusOf(groups[groupOf.get(a)!]!) === q.status;
        for (const kind of ['all', ...q.kinds]) bump(kinds, kind, [together ? 1 : 0, 1, right ? 1 : 0]);
      }
    }
    // Hard negatives: pairs across the two quantities of a contrast, from different reports.
    for (const c of m.story.labels.contrasts ?? []) {
      for (let a = 0; a < m.items.length; a++) {
        for (let b = 0; b < m.items.length; b++) {
          if (m.quantity[a] !== c.a || m.quantity[b] !== c.b || m.items[a]!.article === m.items[b]!.article) continue;
          bump(contrasts, c.kind, [groupOf.get(a) === groupOf.get(b) ? 1 : 0, 1]);
        }
      }
    }
    // Margins of every labelled decision: a pair of one quantity, or a pair across a contrast.
    const contrasted = new Set((m.story.labels.contrasts ?? []).flatMap((c) => [`${c.a}|${c.b}`, `${c.b}|${c.a}`]));
    m.scored.forEach((p) => {
      const same = sameQuantity(m, p.a, p.b);
      if (!same && !contrasted.has(`${m.quantity[p.a]}|${m.quantity[p.b]}`)) return;
      const [x, y] = [m.items[p.a]!, m.items[p.b]!];
      margins.push({
        story: m.story.labels.story,
        pair: `${x.article} “${x.fact.mentions[0].text}” ~ ${y.article} “${y.fact.mentions[0].text}”`,
        margin: Math.abs(p.probability - p.threshold),
        same,
        decided: p.probability >= p.threshold,
      });
    });
    // People spelled two ways.
    const comparison = compareStory(m.story.articles);
    for (const labelled of m.story.labels.people ?? []) {
      if (!labelled.spellingDiffers) continue;
      people.merged[1]++;
      const names = Object.entries(labelled.names);
      const group = comparison.people.find((g) => names.every(([article, name]) => g.entries.some((e) => e.article === article && e.name.toLowerCase() === name.toLowerCase())));
      if (group) {
        people.merged[0]++;
        people.flagged[1]++;
        if (group.spellingDiffers) people.flagged[0]++;
      }
    }
  }
  return { split, stories: stories.length, totals, kinds: kinds as SplitScores['kinds'], contrasts: contrasts as SplitScores['contrasts'], people, margins };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
const cell = (a: number, b: number) => `${ratio(a, b)} (${a}/${b})`;

function section(s: SplitScores): string[] {
  const t = s.totals;
  const lines = [
    `${s.split.toUpperCase()} (${s.stories} stories)`,
    `  grouping      precision ${cell(t.correct, t.predicted)}   recall ${cell(t.correct, t.gold)}`,
    `  status        right status among grouped same-quantity pairs ${cell(t.rightStatus, t.correct)}`,
    `  disagreements shown as conflict or update ${cell(t.disagreementsShown, t.disagreements)}`,
    `  mixed groups  groups across reports mixing quantities ${cell(t.mixed, t.groups)}`,
    '  per kind of quantity (pairs grouped / labelled; right status among grouped):',
  ];
  for (const [kind, [grouped, total, right]] of [...s.kinds].sort()) lines.push(`    ${kind.padEnd(16)} grouped ${cell(grouped, total).padEnd(22)} status ${cell(right, grouped)}`);
  lines.push('  hard negatives wrongly grouped (pairs across two quantities a careless matcher would join):');
  for (const [kind, [wrong, total]] of [...s.contrasts].sort()) lines.push(`    ${kind.padEnd(18)} ${cell(wrong, total)}`);
  lines.push(`  people spelled two ways: found as one ${cell(...s.people.merged)}, flagged "spelled differently" ${cell(...s.people.flagged)}`);
  const narrow = s.margins.filter((m) => m.margin < NARROW);
  lines.push(`  margins: ${s.margins.length} labelled decisions, median ${median(s.margins.map((m) => m.margin)).toFixed(3)}, ${narrow.length} under ${NARROW}:`);
  for (const m of narrow.sort((a, b) => a.margin - b.margin)) lines.push(`    ${m.margin.toFixed(3)} ${m.same ? 'same     ' : 'different'} ${m.decided ? 'joined ' : 'apart  '} ${m.story}: ${m.pair}`);
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

/** The seed story's conflict: its probability, threshold and margin. */
export function seedConflict(): { probability: number; threshold: number; margin: number; reason: string } | undefined {
  const [seed] = readSplit('seed');
  if (!seed) return undefined;
  const m: MatchedStory = matchStory(seed);
  const conflict = seed.labels.quantities.find((q) => q.status === 'conflict');
  const pair = m.scored.find((p) => m.quantity[p.a] === conflict?.id && m.quantity[p.b] === conflict?.id);
  if (!pair) return undefined;
  const group = compareStory(seed.articles).figures.find((g) => g.status === 'conflict');
  return { probability: pair.probability, threshold: pair.threshold, margin: pair.probability - pair.threshold, reason: group?.reason ?? '(not grouped)' };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const lines = [
    'Figure matching on the labelled corpus (npm run eval:compare); the model is src/lib/compare/figures/weights.json,',
    `fitted on TRAIN, thresholds ${MATCHER.agreeing.threshold} / ${MATCHER.conflicting.threshold} (values agree / cannot both hold) chosen on VALIDATION.`,
    'HELDOUT is written by another hand and used for neither: trust it.',
    '',
  ];
  for (const split of SPLITS) lines.push(...section(scoreSplit(split)), '');
  const seed = seedConflict();
  lines.push(seed ? `Seed story conflict: P(same) ${seed.probability.toFixed(3)}, threshold ${seed.threshold}, margin ${seed.margin.toFixed(3)} — ${seed.reason}` : 'Seed story conflict: not found');
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(ROOT, 'tests/eval/results/compare.txt'), text);
  process.stdout.write(text);
}
