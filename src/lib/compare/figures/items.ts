// Stage 1 of matching figures: what the comparison knows of each figure, read once from its typed
// fields (unit kind, counted phrase and head, outcome, source, change, modality, as-of time) and
// its place in the article (sentence, paragraph, position), never re-read from raw text patterns.
import { COLLECTIVE_HEADS, GENERIC_HEADS } from '../../extract/lexicon/quantities';
import { nounLemma, isPersonish } from '../../extract/figures/words';
import { isKnownCountry, isKnownPlace } from '../../extract/nameLexicon';
import type { DateFact, FigureFact, Paragraph, UnitKind } from '../../extract/types';
import { contentWords, inverseDocumentFrequencies, tfidfVector, words, type TermVector } from '../text';
import { sourceCue, type SourceCue } from './sources';

/** The inputs figure matching needs from one article. */
export interface FigureSource {
  id: string;
  figures: FigureFact[];
  dates: DateFact[];
  paragraphs: Paragraph[];
}

/** One figure as the matcher sees it. */
export interface FigureItem {
  /** Its place in the list of items. */
  index: number;
  article: string;
  fact: FigureFact;
  kind: UnitKind;
  /** The currency or measure, for kinds whose unit must match ("US dollars", "kilometres"). */
  unit: string;
  /** Lemma of the counted phrase's head noun ("watcher", "carriage"). */
  head: string | undefined;
  /** The head says nothing of what is counted ("people", "total", none). */
  generic: boolean;
  /** The figure counts people. */
  personal: boolean;
  /** Stems of the counted phrase and unit, less number words. */
  countedTerms: Set<string>;
  source: SourceCue | undefined;
  /** The date the sentence ties the figure to, if any: its calendar span. */
  period: { start: string; end: string } | undefined;
  /** Places the sentence names ("Lima", "Ica"), folded. */
  places: Set<string>;
  /** The sentence speaks of the whole country ("the national rate", "nationwide"). */
  national: boolean;
  /** The sentence names a place smaller than a country ("Lagos", "Ica"). */
  local: boolean;
  /** The figure is a part of a larger count ("three of those killed"). */
  partitive: boolean;
  /** Significant digits as written: "269,735" has 6, "1.5 million" 2, "nine" 1. */
  digits: number;
  /** The figure stands in a table cell. */
  table: boolean;
  /** Position of its paragraph in the article, 0 (first) to 1 (last). */
  position: number;
  /** The sentence's words, less the figure's own. */
  sentence: TermVector;
  /** The words beside the figure, nearest weighing most. */
  near: TermVector;
  /** The whole paragraph's words. */
  paragraph: TermVector;
  /** The sentence the figure stands in, verbatim. */
  quote: string;
  /** The sentence speaks of a group ("a caravan", "an influx", "the crowd"). */
  collective: boolean;
  /**
   * Per other report: the item of the same unit kind and head noun whose value is nearest this
   * one's (by ratio). Two figures that are each other's nearest likely count one thing.
   */
  nearest: Map<string, number>;
}

// "three of those killed", "two of them": a part of a group named before. ("158 of the 166 seats"
// gives its whole in the same phrase, and is a count in its own right.)
const PARTITIVE = /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?(?:of|among)[\s\u00A0]+(?:those|them|whom|these)\b/iu;

// A sentence about the whole country, against one that names a city or a region. Lower case only:
// "the National Assembly" and "the National Treasury" are bodies, not a scope.
const NATIONAL = /\b(?:national(?!\s+(?:stadium|team|side|squad|anthem|museum|park|guard|holiday|theatre|gallery|library|broadcaster|airline))|nationally|nationwide|countrywide|across\s+the\s+country)\b/;
// A dateline opening the first paragraph ("LIMA, Peru (MPA) —") says where the report was filed, not where the figure is.
const DATELINE = /^[\p{Lu}\p{M} .,'’-]+(?:,[^—–(]*)?(?:\([^)]*\))?[\s\u00A0]*[—–-][\s\u00A0]*/u;

/** Significant digits of a value written with the given precision (place value of its last digit). */
function significantDigits(value: number, precision: number): number {
  if (value === 0 || !(precision > 0)) return 1;
  return Math.max(1, Math.floor(Math.log10(Math.abs(value) / precision) + 1e-9) + 1);
}

/** The date fact written nearest the figure inside its sentence. */
function periodOf(fact: FigureFact, dates: readonly DateFact[]): FigureItem['period'] {
  const mention = fact.mentions[0];
  let best: DateFact | undefined;
  let bestDistance = Infinity;
  for (const date of dates) {
    const span = date.mentions[0];
    if (span.paragraph !== mention.paragraph || span.start < fact.sentence.start || span.end > fact.sentence.end) continue;
    const distance = span.end <= mention.start ? mention.start - span.end : Math.max(0, span.start - mention.end);
    if (distance < bestDistance) [best, bestDistance] = [date, distance];
  }
  return best ? { start: best.start, end: best.end } : undefined;
}

/** Places the lexicon knows among the sentence's capitalised words and pairs of words. */
function placesIn(sentence: string): Set<string> {
  const capitalised = sentence.match(/\p{Lu}[\p{L}'’-]+(?:[\s\u00A0]+\p{Lu}[\p{L}'’-]+)?/gu) ?? [];
  const places = new Set<string>();
  for (const phrase of capitalised) {
    if (isKnownPlace(phrase)) places.add(phrase.toLowerCase());
    else for (const word of phrase.split(/[\s\u00A0]+/)) if (isKnownPlace(word)) places.add(word.toLowerCase());
  }
  return places;
}

/**
 * Reads every figure of every article once, with word weights taken from the whole story.
 * `nearWords` is how many words either side of a figure count as its neighbourhood ("killing at
 * least 142 people and injuring more than 900"); the fitting script chooses it.
 */
export function figureItems(articles: readonly FigureSource[], nearWords: number): FigureItem[] {
  const idf = inverseDocumentFrequencies(articles.flatMap((a) => a.paragraphs.map((p) => contentWords(p.text))));
  const items = articles.flatMap((source) => {
    const texts = new Map(source.paragraphs.map((p) => [p.index, p.text]));
    const last = Math.max(1, ...source.paragraphs.map((p) => p.index));
    return source.figures.map((fact): FigureItem => {
      const mention = fact.mentions[0];
      const text = texts.get(mention.paragraph) ?? mention.text;
      const sentence = text.slice(fact.sentence.start, fact.sentence.end);
      const own = new Set(contentWords(`${fact.counted} ${fact.unit} ${mention.text}`));
      const topical = (s: string) => contentWords(s).filter((w) => !own.has(w));
      const before = topical(text.slice(fact.sentence.start, mention.start)).slice(-nearWords).reverse();
      const after = topical(text.slice(mention.end, fact.sentence.end)).slice(0, nearWords);
      const head = fact.head ?? (words(fact.counted).length ? nounLemma(words(fact.counted).pop()!) : undefined);
      return {
        index: 0,
        article: source.id,
        fact,
        kind: fact.unitKind,
        unit: fact.unit,
        head,
        generic: !head || GENERIC_HEADS.has(head),
        personal: fact.unit === 'people' || (!!head && isPersonish(head)),
        countedTerms: new Set(contentWords(`${fact.counted} ${fact.unit}`).filter((w) => !/^\d/.test(w))),
        source: sourceCue(fact),
        period: periodOf(fact, source.dates),
        places: placesIn(sentence.replace(DATELINE, '')),
        national: NATIONAL.test(sentence),
        local: false,
        partitive: PARTITIVE.test(text.slice(mention.end, mention.end + 40)),
        digits: significantDigits(fact.value, fact.precision),
        table: fact.cell !== undefined,
        position: last > 1 ? (mention.paragraph - 1) / (last - 1) : 0,
        sentence: tfidfVector(topical(sentence), idf),
        near: tfidfVector([...before, ...after], idf, [...before.map((_, d) => 1 / (d + 1)), ...after.map((_, d) => 1 / (d + 1))]),
        paragraph: tfidfVector(contentWords(text), idf),
        quote: sentence,
        collective: words(sentence).some((w) => COLLECTIVE_HEADS.has(w)),
        nearest: new Map(),
      };
    });
  });
  items.forEach((item, index) => {
    item.index = index;
    item.local = [...item.places].some((place) => !isKnownCountry(place));
  });
  linkNearest(items);
  return items;
}

/** Fills each item's {@link FigureItem.nearest}: per other report, the same-noun figure nearest in value. */
function linkNearest(items: FigureItem[]): void {
  const distance = (a: FigureItem, b: FigureItem) => Math.abs(Math.log(Math.max(Math.abs(a.fact.value), 1e-9) / Math.max(Math.abs(b.fact.value), 1e-9)));
  for (const a of items) {
    if (a.generic) continue;
    for (const b of items) {
      if (b.article === a.article || b.kind !== a.kind || b.head !== a.head) continue;
      const known = a.nearest.get(b.article);
      if (known === undefined || distance(a, b) < distance(a, items[known]!)) a.nearest.set(b.article, b.index);
    }
  }
}
