// Figures are grouped by what they count, never by their value: a group is the same quantity
// reported by several outlets, and only then are the values compared. A wrong merge would show a
// reader a conflict that does not exist, so a figure stays on its own unless the counted thing,
// its unit, its sentence and who gives it all point the same way.
import type { DateFact, FigureFact, Paragraph, UnitKind } from '../extract/types';
import { SOURCE_INSTITUTIONS, SOURCE_NOISE, SOURCE_VAGUE_HEADS } from '../extract/lexicon/quantities';
import { clusterAcrossArticles, type MatchCandidate } from './cluster';
import { contentWords, cosine, dice, inverseDocumentFrequencies, STOPWORDS, stem, tfidfVector, words, type TermVector } from './text';
import type { FigureDifference, FigureEntry, FigureGroup, FigureStatus } from './types';

/** The parts of a figure that bound its value, and optionally the figure as written. */
export type Bounds = Pick<FigureFact, 'value' | 'lower' | 'upper' | 'qualifier'> & { text?: string };

/** A numeric interval; an open end excludes its limit ("more than 8,000" excludes 8,000). */
export interface Interval {
  lower: number;
  upper: number;
  lowerOpen: boolean;
  upperOpen: boolean;
}

// "About 6,000" is a rounded report; when the extractor gives it as a bare point, allow the
// rounding a reader would (±10%).
const ABOUT_TOLERANCE = 0.1;

const SCALED = /^\D*?(\d[\d,]*)(?:\.(\d+))?\s*(thousand|million|billion|trillion)\b/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Half a unit of the last digit written before a scale word: "$312 billion" is a rounding of
 * anything from 311.5 to 312.5 billion, so it agrees with "$312.4 billion". Plain numbers ("6,000")
 * are taken as written.
 */
export function roundingSlack(text: string | undefined): number {
  const match = text?.match(SCALED);
  if (!match) return 0;
  const decimals = match[2]?.length ?? 0;
  return (SCALES[match[3]!.toLowerCase()]! * 10 ** -decimals) / 2;
}

/** The values a figure's wording allows. */
export function figureInterval(figure: Bounds): Interval {
  let lower = figure.lower ?? -Infinity;
  let upper = figure.upper ?? Infinity;
  if (lower === upper) {
    const slack =
      figure.qualifier === 'about' ? Math.abs(figure.value) * ABOUT_TOLERANCE : figure.qualifier === 'exact' ? roundingSlack(figure.text) : 0;
    lower -= slack;
    upper += slack;
  }
  return {
    lower,
    upper,
    lowerOpen: figure.qualifier === 'more-than' && lower === figure.value,
    upperOpen: figure.qualifier === 'less-than' && upper === figure.value,
  };
}

/** True when both figures can hold at once, i.e. the values their wordings allow overlap. */
export function boundsOverlap(a: Bounds, b: Bounds): boolean {
  const x = figureInterval(a);
  const y = figureInterval(b);
  const lower = Math.max(x.lower, y.lower);
  const upper = Math.min(x.upper, y.upper);
  if (lower !== upper) return lower < upper;
  // The intervals touch at one value: both must include it.
  const excludes = (i: Interval) => (i.lower === lower && i.lowerOpen) || (i.upper === upper && i.upperOpen);
  return !excludes(x) && !excludes(y);
}

/** How far apart two values are: difference, ratio and percent of the smaller. */
export function figureDifference(a: { article: string; value: number }, b: { article: string; value: number }): FigureDifference {
  const [small, large] = a.value <= b.value ? [a, b] : [b, a];
  const absolute = large.value - small.value;
  const ratio = small.value > 0 ? large.value / small.value : null;
  return { between: [small.article, large.article], absolute, ratio, percent: ratio === null ? null : (ratio - 1) * 100 };
}

/** Agree when every two figures can hold at once, conflict when some two cannot, only when there is one. */
export function figureStatus(figures: Bounds[]): FigureStatus {
  if (figures.length < 2) return 'only';
  return figures.every((a, i) => figures.slice(i + 1).every((b) => boundsOverlap(a, b))) ? 'agree' : 'conflict';
}

// Units and heads that name no particular kind of thing: any counted noun may stand behind them.
const GENERIC_HEADS = new Set(['people', 'person', 'individual', 'unit', 'item', 'thing', 'case', 'number', 'total', 'count']);
// Words news reports use interchangeably for the same counted thing (as stems), folded to one.
const SAME_THING: Record<string, string> = {
  troop: 'soldier',
  quake: 'earthquake',
  death: 'dead',
  fatality: 'dead',
  kill: 'dead',
  died: 'dead',
  injury: 'injur',
  wound: 'injur',
  hurt: 'injur',
  house: 'home',
  dwell: 'home',
  employee: 'worker',
  staff: 'worker',
  ballot: 'vote',
  kid: 'child',
  children: 'child',
  demonstrator: 'protester',
  marcher: 'protester',
};
/** A word's stem, with words for the same counted thing folded together. */
const term = (word: string) => {
  const stemmed = stem(word);
  return SAME_THING[stemmed] ?? stemmed;
};
const terms = (text: string) => contentWords(text).map((w) => SAME_THING[w] ?? w);

// Nouns for a group of things: "an influx of migrants" counts migrants.
const COLLECTIVE_HEADS = new Set(
  'influx wave group caravan crowd number total batch flow surge stream convoy cohort estimate figure tally count set series host majority share amount sum lot body column contingent'.split(
    ' ',
  ),
);
// Words that end the noun phrase naming the counted thing.
const PHRASE_BREAKS = new Set(
  'of at in on for from to who that which with across since during by into among over under after before between while whose where as'.split(' '),
);
// Qualifiers and number words say how precise a figure is, not what it counts.
const NUMBER_WORDS = new Set(
  'about around approximately roughly nearly almost some estimated estimate least most more less fewer than over under up upward upwards below above just only exactly hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens tens score scores half quarter one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety'.split(
    ' ',
  ),
);
const PARTICIPLE = /^[a-z]{3,}(?:ed|en|ing)$/;
const NUMBER_TERMS = new Set([...NUMBER_WORDS].map(stem));
/** The noun a counted phrase is about ("new influx of migrants" → "migrant", "homes destroyed by the fire" → "home"). */
export function countedHead(counted: string): string | undefined {
  const tokens = words(counted);
  let head: string | undefined;
  for (const token of tokens) {
    if (PHRASE_BREAKS.has(token)) {
      if (token === 'of' && head && COLLECTIVE_HEADS.has(head)) {
        head = undefined;
        continue;
      }
      if (head) break;
      continue;
    }
    // A participle after the noun ("homes destroyed", "people killed") describes it.
    if (head && PARTICIPLE.test(token)) break;
    if (!STOPWORDS.has(token) && !NUMBER_WORDS.has(token) && !/^\d/.test(token)) head = term(token);
  }
  return head;
}

interface FigureItem {
  article: string;
  fact: FigureFact;
  kind: UnitKind;
  head: string | undefined;
  unitTerms: Set<string>;
  countedTerms: Set<string>;
  /** Words of the whole sentence. */
  context: TermVector;
  /** Words next to the figure, where its source and subject usually stand ("police said drew about 4,000"). */
  near: TermVector;
  /** The calendar span of the date written nearest the figure in its sentence, if any. */
  when: { key: string } | undefined;
  /** For a generic head, the participle right before the figure that says what happens to it ("killing 142 people"). */
  verb: string | undefined;
  /** Counted and unit words other than the head. */
  modifiers: Set<string>;
  rate: boolean;
  /** Who the sentence says gives the figure ("police said"), when it names someone. */
  source: SourceCue | undefined;
  /** What happened to the things counted ("dead", "injured"), when the clause says. */
  outcome: string | undefined;
  /** The figure is a span of time. */
  duration: boolean;
  /** The sentence speaks of the counted things as a group ("a caravan", "an influx"). */
  collective: boolean;
}

// A span of time counts its unit ("two years"), whatever the counted phrase runs on to.
const head = (fact: FigureFact) => (fact.unitKind === 'duration' ? countedHead(fact.unit) : countedHead(fact.counted));
const countedTerms = (fact: FigureFact) => new Set(terms(`${fact.counted} ${fact.unit}`).filter((w) => !NUMBER_TERMS.has(w)));

/**
 * Minimum score for two figures to be the same quantity. With the weights below, the same counted
 * noun still needs some shared context (cosine ≥ 0.15), and a generic "people" against a specific
 * noun needs a sentence that says much the same.
 */
export const FIGURE_MATCH_THRESHOLD = 0.42;
/**
 * Minimum score for two figures whose values cannot both hold: telling readers that two outlets
 * disagree is the worst mistake the comparison can make, so it needs more certainty than agreement.
 */
export const FIGURE_CONFLICT_THRESHOLD = 0.5;
const UNIQUE_BONUS = 0.08;
const NEAR_WORDS = 5;
const COLLECTIVE_BONUS = 0.08;
const SOURCE_BONUS = 0.15;

/** How alike two figures' counted things are (0–1); 0 when they count different things. */
function countedSimilarity(a: FigureItem, b: FigureItem): number {
  if (a.kind !== b.kind) return 0;
  if (a.kind === 'money' && [...a.unitTerms].join(' ') !== [...b.unitTerms].join(' ')) return 0;
  const generic = (item: FigureItem) => !item.head || GENERIC_HEADS.has(item.head);
  if (!generic(a) && a.head === b.head) return 0.6 + 0.4 * dice(a.modifiers, b.modifiers);
  if (!generic(a) && !generic(b)) {
    // What a sum or a share is "of" is written loosely ("$3 billion from a fund", "$3 billion
    // borrowed"), so for money and percentages a different noun leaves the decision to the context.
    return a.kind === 'count' ? 0 : 0.3;
  }
  // A generic head ("142 people") takes its meaning from what happened to them ("killing", "were
  // confirmed dead") or else the participle before it.
  const meaning = (item: FigureItem) => (generic(item) ? (item.outcome ?? item.verb) : item.head);
  const [ma, mb] = [meaning(a), meaning(b)];
  if (ma && mb) return ma === mb || (a.outcome !== undefined && a.outcome === b.outcome) ? 0.6 : 0;
  // Generic heads say what is counted in their modifiers: "people killed" and "people injured"
  // are different counts. A generic head alone ("8,000 people") may stand for any noun, weakly.
  if (generic(a) && generic(b) && a.modifiers.size > 0 && b.modifiers.size > 0 && dice(a.modifiers, b.modifiers) === 0) return 0;
  return 0.35 + 0.3 * dice(a.countedTerms, b.countedTerms);
}

/** How strongly two figures of different articles look like the same quantity; 0 when they must not be grouped. */
function figureMatchScore(a: FigureItem, b: FigureItem): number {
  const counted = countedSimilarity(a, b);
  if (counted === 0) return 0;
  // A rate ("each month") and a total are different quantities, and so are figures the text ties
  // to different dates ("over the weekend" / "since Dec. 1"), even when one period holds the other.
  if (a.rate !== b.rate) return 0;
  if (a.when && b.when && a.when.key !== b.when.key) return 0;
  // The dead and the injured of one disaster are different counts, whatever noun stands by them.
  if (a.outcome && b.outcome && a.outcome !== b.outcome) return 0;
  // The police's crowd estimate and the organisers' are two quantities, each reported by both outlets.
  const sources = compareSources(a.source, b.source);
  if (sources === 'different') return 0;
  // Two spans of hours are the same span only if something beside them says so.
  if (a.duration && b.duration && sources !== 'same' && cosine(a.near, b.near) === 0) return 0;
  // Outlets disagree, but not by an order of magnitude about the same thing.
  const [small, large] = [Math.abs(a.fact.value), Math.abs(b.fact.value)].sort((x, y) => x - y) as [number, number];
  if (small > 0 && large / small > 10) return 0;
  const sameTime = a.when && b.when ? 0.1 : 0;
  const sameSource = sources === 'same' ? SOURCE_BONUS : 0;
  const context = (cosine(a.context, b.context) + cosine(a.near, b.near)) / 2;
  return 0.6 * counted + 0.4 * context + sameTime + sameSource;
}

function participleBefore(sentence: string, at: number): string | undefined {
  const before = words(sentence.slice(0, Math.max(0, at))).filter((w) => !STOPWORDS.has(w) && !NUMBER_WORDS.has(w));
  const last = before[before.length - 1];
  return last && PARTICIPLE.test(last) ? term(last) : undefined;
}

/** The calendar span of the date written nearest the figure in its sentence, if any. */
function nearestDate(figure: FigureFact, dates: readonly DateFact[]): FigureItem['when'] {
  const mention = figure.mentions[0];
  let best: DateFact | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    const span = date.mentions[0];
    if (span.paragraph !== mention.paragraph || span.start < figure.sentence.start || span.end > figure.sentence.end) continue;
    const distance = span.end <= mention.start ? mention.start - span.end : Math.max(0, span.start - mention.end);
    if (distance < bestDistance) [best, bestDistance] = [date, distance];
  }
  return best ? { key: `${best.start}/${best.end}` } : undefined;
}

/** Who gives a figure, as stems of the source phrase, and whether it names a particular source ("police") rather than a vague one ("officials", "the agency"). */
interface SourceCue {
  words: Set<string>;
  named: boolean;
}

function sourceCue(fact: FigureFact): SourceCue | undefined {
  if (!fact.source) return undefined;
  const content = words(fact.source.span.text).filter((w) => !STOPWORDS.has(w) && !SOURCE_NOISE.has(w) && !/\d/.test(w));
  const kept = content.filter((w) => !SOURCE_VAGUE_HEADS.has(w)).map(stem);
  if (kept.length === 0) return undefined;
  const last = content[content.length - 1]!;
  return { words: new Set(kept), named: !SOURCE_VAGUE_HEADS.has(last) && !SOURCE_INSTITUTIONS.has(last) };
}

const sameWord = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 ? long.startsWith(short) || short.slice(0, 5) === long.slice(0, 5) : short === long;
};

/**
 * How two figures' sources relate: the same source when they share a word; clearly different when
 * they share none and both name a particular source ("police" against "organizers"; "the agency"
 * may be the authority named earlier); otherwise unknown.
 */
export function compareSources(a: SourceCue | undefined, b: SourceCue | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b) return 'unknown';
  for (const x of a.words) for (const y of b.words) if (sameWord(x, y)) return 'same';
  return a.named && b.named ? 'different' : 'unknown';
}

/** The inputs figure grouping needs from one article. */
export interface FigureSource {
  id: string;
  figures: FigureFact[];
  dates: DateFact[];
  paragraphs: Paragraph[];
}

/** Groups the figures of several articles into quantities and compares the values of each. */
export function groupFigures(articles: FigureSource[]): FigureGroup[] {
  const raw = articles.flatMap((source) => {
    const texts = new Map(source.paragraphs.map((p) => [p.index, p.text]));
    return source.figures.map((fact) => {
      const mention = fact.mentions[0];
      const sentence = (texts.get(mention.paragraph) ?? mention.text).slice(fact.sentence.start, fact.sentence.end);
      // Where the figure stands in its sentence.
      const at = Math.max(0, mention.start - fact.sentence.start);
      return { source, fact, sentence, at };
    });
  });
  const own = (fact: FigureFact) => new Set(terms(`${fact.counted} ${fact.unit} ${fact.mentions[0].text}`));
  const topical = (fact: FigureFact, text: string) => terms(text).filter((w) => !own(fact).has(w) && !NUMBER_TERMS.has(w));
  const context = raw.map(({ fact, sentence }) => topical(fact, sentence));
  // The words right next to a figure say most about it ("killing at least 142 people and
  // injuring more than 900"), so nearness weighs each word: 1 beside the figure, ½ one further, …
  const near = raw.map(({ fact, sentence, at }) => {
    const mention = fact.mentions[0];
    const before = topical(fact, sentence.slice(0, at)).slice(-NEAR_WORDS).reverse();
    const after = topical(fact, sentence.slice(at + mention.text.length)).slice(0, NEAR_WORDS);
    return { terms: [...before, ...after], weights: [...before.map((_, d) => 1 / (d + 1)), ...after.map((_, d) => 1 / (d + 1))] };
  });
  // Word weights come from the whole story, so words every paragraph uses count for little.
  const idf = inverseDocumentFrequencies(articles.flatMap((source) => source.paragraphs.map((p) => terms(p.text))));
  const items: FigureItem[] = raw.map(({ source, fact, sentence, at }, i) => ({
    article: source.id,
    fact,
    kind: fact.unitKind,
    head: head(fact),
    unitTerms: new Set(terms(fact.unit)),
    countedTerms: countedTerms(fact),
    modifiers: new Set([...countedTerms(fact)].filter((w) => w !== head(fact) && !GENERIC_HEADS.has(w))),
    context: tfidfVector(context[i]!, idf),
    near: tfidfVector(near[i]!.terms, idf, near[i]!.weights),
    when: nearestDate(fact, source.dates),
    rate: fact.change === 'rate',
    collective: terms(sentence).some((w) => COLLECTIVE_HEADS.has(w)),
    verb: participleBefore(sentence, at),
    source: sourceCue(fact),
    outcome: fact.outcome,
    duration: fact.unitKind === 'duration',
  }));

  const scores = new Map<string, number>();
  const key = (i: number, j: number) => (i < j ? `${i}|${j}` : `${j}|${i}`);
  // Same-noun partners per item and other article, to find pairs that are each other's only one.
  const sameNoun = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (a.article === b.article) continue;
      const score = figureMatchScore(a, b);
      scores.set(key(i, j), score);
      if (score > 0 && a.head === b.head && !GENERIC_HEADS.has(a.head ?? '')) {
        sameNoun.set(`${i}>${b.article}`, (sameNoun.get(`${i}>${b.article}`) ?? 0) + 1);
        sameNoun.set(`${j}>${a.article}`, (sameNoun.get(`${j}>${a.article}`) ?? 0) + 1);
      }
    }
  }
  // A figure the sentence attributes ("organizers said") has its counterpart in the other
  // article's figure from the same source, when there is one; an unattributed figure of the
  // same size there ("thousands rallied") is not it. (Same-source pairs are never zeroed below,
  // so the order of the loop does not matter.)
  const hasSameSourcePartner = (i: number, article: string) =>
    items.some(
      (other, k) => other.article === article && (scores.get(key(i, k)) ?? 0) > 0 && compareSources(items[i]!.source, other.source) === 'same',
    );
  const matches = (i: number, j: number) => {
    const score = scores.get(key(i, j)) ?? 0;
    return score >= (boundsOverlap(items[i]!.fact, items[j]!.fact) ? FIGURE_MATCH_THRESHOLD : FIGURE_CONFLICT_THRESHOLD);
  };
  const candidates: MatchCandidate[] = [];
  for (const [pair, base] of scores) {
    if (base === 0) continue;
    const [i, j] = pair.split('|').map(Number) as [number, number];
    const [a, b] = [items[i]!, items[j]!];
    if (compareSources(a.source, b.source) !== 'same' && (hasSameSourcePartner(i, b.article) || hasSameSourcePartner(j, a.article))) {
      scores.set(pair, 0);
      continue;
    }
    // Supporting evidence the sentence words miss: the only figure of that noun in each article
    // that could match, and both sentences speaking of a group ("caravan" / "influx").
    const only = a.head === b.head && sameNoun.get(`${i}>${b.article}`) === 1 && sameNoun.get(`${j}>${a.article}`) === 1 ? UNIQUE_BONUS : 0;
    const group = a.collective && b.collective ? COLLECTIVE_BONUS : 0;
    const score = base + only + group;
    scores.set(pair, score);
    if (matches(i, j)) candidates.push({ a: i, b: j, score });
  }
  const clusters = clusterAcrossArticles(
    items.map((item) => item.article),
    candidates,
    matches,
  );
  return attachRestatements(clusters, items, matches).map((members, index) => {
    const entries: FigureEntry[] = members.map((i) => {
      const { article, fact } = items[i]!;
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
        ...(fact.outcome ? { outcome: fact.outcome } : {}),
        change: fact.change,
        modality: fact.modality,
        ...(fact.asOf ? { asOf: fact.asOf } : {}),
        ...(fact.source ? { source: fact.source.span.text } : {}),
        text: mention.text,
        quote: raw[i]!.sentence,
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
    if (status === 'conflict') group.difference = widestDisagreement(entries);
    return group;
  });
}

/**
 * An article that gives the same figure twice ("rose to 142" … "142 people were confirmed dead")
 * restates one quantity: the repeat joins its twin's group instead of showing as a figure only
 * this outlet reports.
 */
function attachRestatements(clusters: number[][], items: FigureItem[], matches: (i: number, j: number) => boolean): number[][] {
  const groups = clusters.map((members) => [...members]);
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

function widestDisagreement(entries: FigureEntry[]): FigureDifference {
  let widest: FigureDifference | undefined;
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      if (boundsOverlap(a, b)) continue;
      const difference = figureDifference(a, b);
      if (!widest || difference.absolute > widest.absolute) widest = difference;
    }
  });
  return widest!;
}
