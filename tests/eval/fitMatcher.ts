// `npm run fit:matcher`: fits the figure matcher (src/lib/compare/figures/) on the labelled corpus
// and the paragraph aligner's threshold, and writes both to src/lib/compare/weights.json.
//   1. pairs:      every candidate pair of figures from two reports of a train story, with its
//                  features (features.ts) and whether the labels make it one quantity, split in
//                  two: pairs whose values can both hold, and pairs whose values cannot; the
//                  neighbourhood size of the "nearest words" feature is the one of 3, 5 or 8 words
//                  whose regressions fit validation best;
//   2. fit:        for each, an L2-regularised logistic regression by iteratively reweighted least
//                  squares on standardised features, the penalty chosen by log-loss on validation;
//   3. thresholds: on validation stories, for agreeing pairs the threshold that maximises pair F1
//                  of the clustered groups; for conflicting pairs the one that maximises F0.5 (a
//                  wrong conflict is the worst error the site can make);
//   4. paragraphs: the similarity above which a paragraph's best counterpart in another report
//                  counts as aligned, maximising F1 on validation, where aligned means the two
//                  paragraphs give a labelled quantity in common;
//   5. report:     every coefficient by feature name, and the validation scores.
// The held-out split is never read here.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clusterFigures, type ScoredPair } from '../../src/lib/compare/figures';
import { alignParagraphs } from '../../src/lib/compare/paragraphs';
import { FEATURE_NAMES } from '../../src/lib/compare/figures/features';
import { MATCHER, probability, type MatcherModel, type PairModel } from '../../src/lib/compare/figures/model';
import { figureStatus } from '../../src/lib/compare/figures/status';
import { valuesAgree } from '../../src/lib/compare/figures/values';
import { addCounts, countGrouping, emptyCounts, matchStory, readSplit, sameQuantity, type MatchedStory } from './matchingCorpus';

const ROOT = resolve(import.meta.dirname, '../..');
const WEIGHTS = join(ROOT, 'src/lib/compare/weights.json');
const LAMBDAS = [0.01, 0.1, 1, 10, 100];
const NEAR_WINDOWS = [3, 5, 8];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((0.05 + i * 0.05) * 100) / 100);

interface Dataset {
  x: number[][];
  y: number[];
}

/** The candidate pairs of `stories` whose values agree (or not), as features and labels. */
function datasetOf(stories: readonly MatchedStory[], agreeing: boolean): Dataset {
  const x: number[][] = [];
  const y: number[] = [];
  for (const m of stories) {
    m.scored.forEach((p, k) => {
      if (valuesAgree(m.items[p.a]!.fact, m.items[p.b]!.fact) !== agreeing) return;
      x.push(m.features[k]!);
      y.push(sameQuantity(m, p.a, p.b) ? 1 : 0);
    });
  }
  return { x, y };
}

/** Solves A·w = b by Gaussian elimination with partial pivoting (A is small and symmetric positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression with an L2 penalty `lambda` on the weights (not the intercept), by IRLS. Returns [intercept, ...weights]. */
function fitLogistic({ x, y }: Dataset, lambda: number): number[] {
  const d = x[0]!.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const gradient = new Array<number>(d).fill(0);
    x.forEach((row, i) => {
      const features = [1, ...row];
      const p = sigmoid(features.reduce((s, v, k) => s + v * w[k]!, 0));
      const weight = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        gradient[j]! += (y[i]! - p) * features[j]!;
        for (let k = j; k < d; k++) hessian[j]![k]! += weight * features[j]! * features[k]!;
      }
    });
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    for (let j = 1; j < d; j++) {
      hessian[j]![j]! += lambda;
      gradient[j]! -= lambda * w[j]!;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, k) => v + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

const logLoss = ({ x, y }: Dataset, w: number[]) =>
  -x.reduce((s, row, i) => {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(row.reduce((t, v, k) => t + v * w[k + 1]!, w[0]!))));
    return s + (y[i] ? Math.log(p) : Math.log(1 - p));
  }, 0) / y.length;

/** Means and standard deviations of each feature, for standardising. */
function scaling({ x }: Dataset): { mean: number[]; sd: number[] } {
  const d = x[0]!.length;
  const mean = Array.from({ length: d }, (_, k) => x.reduce((s, r) => s + r[k]!, 0) / x.length);
  const sd = Array.from({ length: d }, (_, k) => Math.sqrt(x.reduce((s, r) => s + (r[k]! - mean[k]!) ** 2, 0) / x.length) || 1);
  return { mean, sd };
}
const standardise = (data: Dataset, { mean, sd }: ReturnType<typeof scaling>): Dataset => ({ x: data.x.map((r) => r.map((v, k) => (v - mean[k]!) / sd[k]!)), y: data.y });

/** Pair F-score of the clustered groups of `stories` under `model`, counting only pairs `which` selects. */
function groupingScore(stories: readonly MatchedStory[], model: MatcherModel, which: 'agreeing' | 'conflicting', beta: number): { f: number; precision: number; recall: number } {
  const totals = emptyCounts();
  for (const m of stories) {
    const agree = (a: number, b: number) => valuesAgree(m.items[a]!.fact, m.items[b]!.fact);
    const scored: ScoredPair[] = m.scored.map((p, k) => {
      const part = agree(p.a, p.b) ? model.agreeing : model.conflicting;
      return { ...p, probability: probability(part, m.features[k]!), threshold: part.threshold };
    });
    const { groups } = clusterFigures(m.items, scored);
    addCounts(totals, countGrouping(m, groups, (g) => figureStatus(g.map((i) => m.items[i]!.fact)), (a, b) => (which === 'agreeing') === agree(a, b)));
  }
  const precision = totals.predicted ? totals.correct / totals.predicted : 1;
  const recall = totals.gold ? totals.correct / totals.gold : 1;
  const b2 = beta * beta;
  return { f: precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0, precision, recall };
}

/** Fits one regression on train pairs, choosing the penalty by validation log-loss. */
function fitPart(name: string, train: Dataset, validation: Dataset): { part: PairModel; lambda: number; loss: number } {
  const scale = scaling(train);
  const [trainStd, validationStd] = [standardise(train, scale), standardise(validation, scale)];
  let best: { lambda: number; w: number[]; loss: number } | undefined;
  for (const lambda of LAMBDAS) {
    const w = fitLogistic(trainStd, lambda);
    const loss = logLoss(validationStd, w);
    console.log(`  ${name}: lambda ${String(lambda).padEnd(5)} validation log-loss ${loss.toFixed(4)}`);
    if (!best || loss < best.loss) best = { lambda, w, loss };
  }
  // Back to the features' own scale, so the model reads raw feature values.
  const weights = best!.w.slice(1).map((v, k) => v / scale.sd[k]!);
  const intercept = best!.w[0]! - weights.reduce((s, v, k) => s + v * scale.mean[k]!, 0);
  return { part: { coefficients: FEATURE_NAMES.map((feature, k) => ({ feature, weight: round(weights[k]!) })), intercept: round(intercept), threshold: 0.5 }, lambda: best!.lambda, loss: best!.loss };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  // Stage 1: pairs, for each neighbourhood size; the one whose regressions fit validation best is kept.
  const [trainStories, validationStories] = [readSplit('train'), readSplit('validation')];
  let chosen: { nearWords: number; loss: number; train: MatchedStory[]; validation: MatchedStory[] } | undefined;
  for (const nearWords of NEAR_WINDOWS) {
    const train = trainStories.map((s) => matchStory(s, { ...MATCHER, nearWords }));
    const validation = validationStories.map((s) => matchStory(s, { ...MATCHER, nearWords }));
    const loss = [true, false].reduce((sum, agreeing) => {
      const [t, v] = [datasetOf(train, agreeing), datasetOf(validation, agreeing)];
      const scale = scaling(t);
      return sum + logLoss(standardise(v, scale), fitLogistic(standardise(t, scale), 10)) * v.y.length;
    }, 0);
    console.log(`  ${nearWords} words either side: validation log-loss ${(loss / validationStories.length).toFixed(4)} per story`);
    if (!chosen || loss < chosen.loss) chosen = { nearWords, loss, train, validation };
  }
  const { train, validation, nearWords } = chosen!;
  const data = {
    agreeing: { train: datasetOf(train, true), validation: datasetOf(validation, true) },
    conflicting: { train: datasetOf(train, false), validation: datasetOf(validation, false) },
  };
  const count = (d: Dataset) => `${d.y.length} pairs, ${d.y.filter(Boolean).length} the same quantity`;
  console.log(`train: ${train.length} stories; values agree: ${count(data.agreeing.train)}; cannot both hold: ${count(data.conflicting.train)}`);
  console.log(`validation: ${validation.length} stories; values agree: ${count(data.agreeing.validation)}; cannot both hold: ${count(data.conflicting.validation)}`);

  // Stage 2: fit each regression.
  const agreeing = fitPart('values agree', data.agreeing.train, data.agreeing.validation);
  const conflicting = fitPart('cannot both hold', data.conflicting.train, data.conflicting.validation);
  const model: MatcherModel = { agreeing: agreeing.part, conflicting: { ...conflicting.part, threshold: 1.01 }, nearWords };

  // Stage 3: thresholds on validation, agreeing pairs first (conflicting pairs left apart), then conflicting.
  let bestAgree = { t: 0.5, f: -1 };
  for (const t of THRESHOLDS) {
    const { f } = groupingScore(validation, { ...model, agreeing: { ...model.agreeing, threshold: t } }, 'agreeing', 1);
    if (f > bestAgree.f) bestAgree = { t, f };
  }
  model.agreeing.threshold = bestAgree.t;
  let bestConflict = { t: 0.5, f: -1 };
  for (const t of THRESHOLDS) {
    const { f } = groupingScore(validation, { ...model, conflicting: { ...model.conflicting, threshold: t } }, 'conflicting', 0.5);
    if (f > bestConflict.f) bestConflict = { t, f };
  }
  model.conflicting.threshold = bestConflict.t;

  // Stage 4: paragraphs.
  const alignment = fitAlignment(validation);

  // Stage 5: write and report.
  const file = {
    $comment: 'Written by `npm run fit:matcher` (tests/eval/fitMatcher.ts) from tests/fixtures/matching. Do not edit by hand.',
    figures: { ...model, fit: {
      trainStories: train.length,
      validationStories: validation.length,
      agreeing: { trainPairs: data.agreeing.train.y.length, trainPositives: data.agreeing.train.y.filter(Boolean).length, lambda: agreeing.lambda, validationLogLoss: round(agreeing.loss), validationPairF1: round(bestAgree.f) },
      conflicting: { trainPairs: data.conflicting.train.y.length, trainPositives: data.conflicting.train.y.filter(Boolean).length, lambda: conflicting.lambda, validationLogLoss: round(conflicting.loss), validationPairF05: round(bestConflict.f) },
    } },
    paragraphs: { threshold: alignment.threshold, fit: { validationF1: round(alignment.f) } },
  };
  writeFileSync(WEIGHTS, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nthresholds: values agree ${model.agreeing.threshold} (validation pair F1 ${bestAgree.f.toFixed(3)}); cannot both hold ${model.conflicting.threshold} (validation F0.5 ${bestConflict.f.toFixed(3)})`);
  console.log(`\n${'coefficients (raw feature scale)'.padEnd(36)}  values agree  cannot both hold`);
  FEATURE_NAMES.forEach((feature, k) => console.log(`  ${feature.padEnd(36)} ${fmt(model.agreeing.coefficients[k]!.weight)}      ${fmt(model.conflicting.coefficients[k]!.weight)}`));
  console.log(`  ${'(intercept)'.padEnd(36)} ${fmt(model.agreeing.intercept)}      ${fmt(model.conflicting.intercept)}`);
  console.log(`\nparagraphs align above similarity ${alignment.threshold} (validation F1 ${alignment.f.toFixed(3)})`);
  console.log(`\nwrote ${WEIGHTS} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The paragraph similarity threshold that best tells paragraphs sharing a labelled quantity, on `stories`. */
function fitAlignment(stories: readonly MatchedStory[]): { threshold: number; f: number } {
  const candidates = stories.map((m) => {
    // Paragraphs that give one labelled quantity between them.
    const shares = new Set<string>();
    const where = new Map<string, string[]>();
    m.items.forEach((item, i) => {
      const q = m.quantity[i];
      if (q) where.set(q, [...(where.get(q) ?? []), `${item.article}#${item.fact.mentions[0].paragraph}`]);
    });
    for (const places of where.values()) for (const x of places) for (const y of places) if (x.split('#')[0] !== y.split('#')[0]) shares.add(`${x}|${y}`);
    const best = alignParagraphs(m.story.articles.map((a) => ({ id: a.article.id, paragraphs: a.paragraphs, groups: new Map() })), 0);
    return { shares, best };
  });
  let bestFit = { threshold: 0.2, f: -1 };
  for (const threshold of THRESHOLDS) {
    let [predicted, correct] = [0, 0];
    for (const { shares, best } of candidates) {
      for (const a of best.filter((x) => x.score >= threshold)) {
        predicted++;
        if (shares.has(`${a.from.article}#${a.from.paragraph}|${a.to.article}#${a.to.paragraph}`)) correct++;
      }
    }
    // Recall against the paragraphs' best counterparts only: a paragraph can align with one per report.
    const reachable = candidates.reduce((n, { shares, best }) => n + best.filter((a) => shares.has(`${a.from.article}#${a.from.paragraph}|${a.to.article}#${a.to.paragraph}`)).length, 0);
    const precision = predicted ? correct / predicted : 1;
    const recall = reachable ? correct / reachable : 1;
    const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f > bestFit.f) bestFit = { threshold, f };
  }
  return bestFit;
}

function fmt(n: number): string {
  return `${n >= 0 ? ' ' : ''}${n.toFixed(4)}`;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
