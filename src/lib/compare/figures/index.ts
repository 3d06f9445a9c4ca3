// Figures across reports, in four named stages:
//   1. items.ts     read each figure's typed fields and place once;
//   2. features.ts  the evidence that two figures of different reports are one quantity;
//   3. model.ts     the fitted model's probability, against thresholds chosen on validation data;
//   4. here         cluster (at most one figure per report in a group, every two members a match),
//                   attach restatements, then status (status.ts) and the reason shown to readers.
import type { FigureEntry, FigureGroup } from '../types';
import { words } from '../text';
import { clusterAcrossArticles, type MatchCandidate } from '../cluster';
import { candidates, pairFeatures } from './features';
import { figureItems, type FigureItem, type FigureSource } from './items';
import { MATCHER, probability, type MatcherModel } from './model';
import { groupReason } from './reasons';
import { figureStatus } from './status';
import { valuesAgree, widestDisagreement } from './values';

export type { FigureSource } from './items';

/** One scored pair: item indexes, the model's probability, and the threshold it must clear. */
export interface ScoredPair {
  a: number;
  b: number;
  probability: number;
  /** The threshold of the regression that scored it (values agree, or cannot both hold). */
  threshold: number;
}

/** Every candidate pair of items from different reports, scored by the model. */
export function scorePairs(items: readonly FigureItem[], model: MatcherModel = MATCHER): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      if (!candidates(items[a]!, items[b]!)) continue;
      const part = valuesAgree(items[a]!.fact, items[b]!.fact) ? model.agreeing : model.conflicting;
      pairs.push({ a, b, probability: probability(part, pairFeatures(items[a]!, items[b]!)), threshold: part.threshold });
    }
  }
  return pairs;
}

/**
 * A report that gives a figure twice ("rose to 142" … "142 people were confirmed dead") restates one
 * quantity: the repeat joins its twin's group, when it has the same value and matches another
 * report's figure there.
 */
function attachRestatements(groups: number[][], items: readonly FigureItem[], matches: (i: number, j: number) => boolean): number[][] {
  for (const single of groups.filter((members) => members.length === 1)) {
    const f = single[0]!;
    const item = items[f]!;
    const home = groups.find(
      (members) =>
        members.length > 1 &&
        members.some((g) => items[g]!.article === item.article && items[g]!.kind === item.kind && items[g]!.fact.value === item.fact.value) &&
        members.some((h) => items[h]!.article !== item.article && matches(f, h)),
    );
    if (!home) continue;
    home.push(f);
    home.sort((x, y) => x - y);
    single.length = 0;
  }
  return groups.filter((members) => members.length > 0);
}

/**
 * The groups of items (indexes) the scored pairs make: pairs that clear their threshold, joined
 * strongest first with at most one figure per report and every two members a match, then
 * restatements attached.
 */
export function clusterFigures(items: readonly FigureItem[], scored: readonly ScoredPair[]): { groups: number[][]; matches: (i: number, j: number) => boolean } {
  const key = (i: number, j: number) => (i < j ? i * items.length + j : j * items.length + i);
  const matched = new Map(scored.filter((p) => p.probability >= p.threshold).map((p) => [key(p.a, p.b), p] as const));
  const matches = (i: number, j: number) => matched.has(key(i, j));
  const pairs: MatchCandidate[] = [...matched.values()].map((p) => ({ a: p.a, b: p.b, score: p.probability }));
  const groups = attachRestatements(
    clusterAcrossArticles(items.map((item) => item.article), pairs, matches),
    items,
    matches,
  );
  return { groups, matches };
}

/** Groups the figures of several articles into quantities and compares the values of each. */
export function groupFigures(articles: readonly FigureSource[], model: MatcherModel = MATCHER): FigureGroup[] {
  const items = figureItems(articles, model.nearWords);
  const scored = scorePairs(items, model);
  const { groups: clusters, matches } = clusterFigures(items, scored);
  return clusters.map((members, index) => {
    const entries: FigureEntry[] = members.map((i) => {
      const { article, fact, quote } = items[i]!;
      const mention = fact.mentions[0];
      return {
        article,
        fact: fact.id,
        value: fact.value,
        lower: fact.lower,
        upper: fact.upper,
        qualifier: fact.qualifier,
        precision: fact.precision,
        unit: fact.unit,
        unitKind: fact.unitKind,
        counted: fact.counted,
        ...(fact.head ? { head: fact.head } : {}),
        ...(fact.outcome ? { outcome: fact.outcome } : {}),
        change: fact.change,
        modality: fact.modality,
        ...(fact.asOf ? { asOf: fact.asOf } : {}),
        ...(fact.source ? { source: fact.source.span.text } : {}),
        text: mention.text,
        quote,
        paragraph: mention.paragraph,
        mention,
      };
    });
    const status = figureStatus(entries);
    const group: FigureGroup = {
      group: `figure-${index + 1}`,
      status,
      unit: entries[0]!.unit,
      counted: entries.map((e) => e.counted).reduce((best, c) => (words(c).length > words(best).length ? c : best)),
      entries,
    };
    if (new Set(entries.map((e) => e.article)).size > 1) {
      group.reason = groupReason(members.map((i) => items[i]!));
      const strongest = scored.filter((p) => members.includes(p.a) && members.includes(p.b) && matches(p.a, p.b));
      group.probability = Math.round(Math.min(...strongest.map((p) => p.probability)) * 1000) / 1000;
    }
    if (status === 'conflict' || status === 'updated') group.difference = widestDisagreement(entries);
    return group;
  });
}
