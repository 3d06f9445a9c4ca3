// Stage 2 of matching figures: the evidence that two figures of different reports are the same
// quantity, as numbers a fitted model weighs. Each feature is a named function of the pair; the
// weights file (weights.json) gives each its coefficient by this name. Two figures of different
// unit kinds, or sums in different currencies, are never candidates: that is definition, not
// evidence (see `candidates`).
import { pathSimilarity } from '../../wordnet';
import { daysBetween, fromIso } from '../../extract/dates/calendar';
import { cosine, dice } from '../text';
import type { FigureItem } from './items';
import { compareSources } from './sources';

/** One feature: its name in the weights file and how it reads a pair. */
export type Feature = readonly [name: string, read: (a: FigureItem, b: FigureItem) => number];

const similarities = new Map<string, number>();
/** WordNet closeness of two heads (1 when the same lemma), cached per pair of lemmas. */
export function headSimilarity(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let similarity = similarities.get(key);
  if (similarity === undefined) similarities.set(key, (similarity = pathSimilarity(a, b)));
  return similarity;
}

const flag = (condition: boolean) => (condition ? 1 : 0);
const one = (a: boolean, b: boolean) => flag(a !== b);
const disjoint = <T>(a: Set<T>, b: Set<T>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
const overlapping = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start <= b.end && b.start <= a.end;
const asOfDay = (item: FigureItem) => item.fact.asOf?.date.slice(0, 10);

/** The features, in the order the weights file lists them. */
export const FEATURES: readonly Feature[] = [
  // Values: how far apart, and an identical value written with many digits, which two reports
  // rarely share by chance ("269,735"; a round "two" often). Whether they can both hold at all
  // chooses the regression (model.ts), so it is no feature.
  ['log ratio of values', (a, b) => {
    const [x, y] = [Math.abs(a.fact.value), Math.abs(b.fact.value)];
    if (x === y) return 0;
    return x > 0 && y > 0 ? Math.min(3, Math.abs(Math.log(x / y))) : 3;
  }],
  ['same value, digits', (a, b) => (a.fact.value === b.fact.value ? Math.min(a.digits, b.digits, 6) / 6 : 0)],
  // What is counted: the same head noun, a related one in WordNet, a generic one, shared words.
  ['same head', (a, b) => flag(!a.generic && !b.generic && a.head === b.head)],
  ['related heads', (a, b) => (a.head !== b.head && !a.generic && !b.generic ? headSimilarity(a.head, b.head) : 0)],
  ['different heads', (a, b) => flag(!a.generic && !b.generic && a.head !== b.head)],
  ['one generic head', (a, b) => one(a.generic, b.generic)],
  ['both generic heads', (a, b) => flag(a.generic && b.generic)],
  ['counted words shared', (a, b) => dice(a.countedTerms, b.countedTerms)],
  ['nearest values of the same noun, both ways', (a, b) => flag(a.nearest.get(b.article) === b.index && b.nearest.get(a.article) === a.index)],
  ['both speak of a group', (a, b) => flag(a.collective && b.collective)],
  ['both hedged', (a, b) => flag(a.fact.qualifier !== 'exact' && b.fact.qualifier !== 'exact')],
  ['both count people', (a, b) => flag(a.personal && b.personal)],
  ['same unit', (a, b) => flag(a.unit === b.unit)],
  // What happened to them, who says so, and what kind of figure it is.
  ['same outcome', (a, b) => flag(!!a.fact.outcome && a.fact.outcome === b.fact.outcome)],
  ['different outcomes', (a, b) => flag(!!a.fact.outcome && !!b.fact.outcome && a.fact.outcome !== b.fact.outcome)],
  ['one outcome', (a, b) => one(!!a.fact.outcome, !!b.fact.outcome)],
  ['same source', (a, b) => flag(compareSources(a.source, b.source) === 'same')],
  ['different sources', (a, b) => flag(compareSources(a.source, b.source) === 'different')],
  ['level, change or rate differ', (a, b) => flag(a.fact.change !== b.fact.change)],
  ['actual, forecast or target differ', (a, b) => flag(a.fact.modality !== b.fact.modality)],
  // When and where: the dates and places the sentences tie the figures to, and their as-of days.
  ['same period', (a, b) => flag(!!a.period && !!b.period && overlapping(a.period, b.period))],
  ['different periods', (a, b) => flag(!!a.period && !!b.period && !overlapping(a.period, b.period))],
  ['one tied to a date', (a, b) => one(!!a.period, !!b.period)],
  ['different as-of days in the text', (a, b) => flag(a.fact.asOf?.from === 'text' && b.fact.asOf?.from === 'text' && asOfDay(a) !== asOfDay(b))],
  ['days apart', (a, b) => {
    const [x, y] = [asOfDay(a), asOfDay(b)];
    return x && y ? Math.min(7, Math.abs(daysBetween(fromIso(x), fromIso(y)))) / 7 : 0;
  }],
  ['same place', (a, b) => flag([...a.places].some((p) => b.places.has(p)))],
  ['different places', (a, b) => flag(disjoint(a.places, b.places))],
  // The words around them: sentence, nearest words, the whole paragraph (text alone), position.
  ['sentence words', (a, b) => cosine(a.sentence, b.sentence)],
  ['nearest words', (a, b) => cosine(a.near, b.near)],
  ['paragraph words', (a, b) => cosine(a.paragraph, b.paragraph)],
  ['position gap', (a, b) => Math.abs(a.position - b.position)],
  ['one in a table', (a, b) => one(a.table, b.table)],
];

/** Names of the features, in order. */
export const FEATURE_NAMES = FEATURES.map(([name]) => name);

/** A pair's feature values, in {@link FEATURES} order. */
export const pairFeatures = (a: FigureItem, b: FigureItem): number[] => FEATURES.map(([, read]) => read(a, b));

// A figure the sentence scopes to the whole country only, against one it ties to a city or a region only.
const scopesDiffer = (a: FigureItem, b: FigureItem) => {
  const [national, local] = [(x: FigureItem) => x.national && !x.local, (x: FigureItem) => x.local && !x.national];
  return (national(a) && local(b)) || (national(b) && local(a));
};
// A part of a group named before ("three of those killed") against a larger count: the whole it is a part of.
const partOfTotal = (a: FigureItem, b: FigureItem) => (a.partitive && !b.partitive && b.fact.value > a.fact.value) || (b.partitive && !a.partitive && a.fact.value > b.fact.value);

/**
 * True when two figures may be one quantity at all: other reports, the same unit kind, for money
 * the same currency; not a part against the larger whole it is a part of ("three of those killed"
 * against "at least four died"); and not the nation's against a city's ("the national score"
 * against "Lagos scored").
 */
export const candidates = (a: FigureItem, b: FigureItem) =>
  a.article !== b.article && a.kind === b.kind && (a.kind !== 'money' || a.unit === b.unit) && !partOfTotal(a, b) && !scopesDiffer(a, b);
