// Hand-built facts for the comparison tests: each helper fills the fields a test does not care
// about, and places the fact's text in a paragraph so spans stay consistent.
import type { ComparableArticle } from '../../../src/lib/compare';
import type { DateFact, FigureFact, FigureQualifier, PersonFact, QuoteFact, UnitKind } from '../../../src/lib/extract/types';

let counter = 0;
const nextId = (kind: string) => `${kind}-${++counter}`;

/** A person fact with one full mention. */
export function person(
  article: string,
  name: string,
  options: { surname?: string; given?: string; titles?: string[]; official?: boolean; paragraph?: number } = {},
): PersonFact {
  const parts = name.split(' ');
  const surname = options.surname ?? parts[parts.length - 1]!;
  const given = options.given ?? (name === surname ? undefined : name.slice(0, name.length - surname.length).trim());
  const titles = options.titles ?? [];
  return {
    kind: 'person',
    id: nextId('person'),
    article,
    name,
    surname,
    ...(given ? { given } : {}),
    ...(titles[0] ? { title: titles[0] } : {}),
    titles,
    official: options.official ?? titles.length > 0,
    mentions: [{ paragraph: options.paragraph ?? 1, start: 0, end: name.length, text: name, form: given ? 'full' : 'surname' }],
  };
}

/** A figure fact standing in `sentence`, whose span is the first occurrence of `text` there. */
export function figure(
  article: string,
  sentence: string,
  text: string,
  bounds: { value: number; lower?: number | null; upper?: number | null; qualifier?: FigureQualifier },
  what: { unit: string; counted: string; paragraph?: number; unitKind?: UnitKind } & Partial<Pick<FigureFact, 'outcome' | 'change' | 'modality' | 'source' | 'asOf'>>,
): FigureFact {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  const qualifier = bounds.qualifier ?? 'exact';
  const lower = bounds.lower !== undefined ? bounds.lower : qualifier === 'at-most' || qualifier === 'less-than' ? null : bounds.value;
  const upper = bounds.upper !== undefined ? bounds.upper : qualifier === 'at-least' || qualifier === 'more-than' ? null : bounds.value;
  const fact: FigureFact = {
    kind: 'figure',
    id: nextId('figure'),
    article,
    mentions: [{ paragraph: what.paragraph ?? 1, start, end: start + text.length, text }],
    value: bounds.value,
    lower,
    upper,
    qualifier,
    precision: 1,
    unit: what.unit,
    unitKind: what.unitKind ?? kindOf(what.unit),
    counted: what.counted,
    sentence: { start: 0, end: sentence.length },
    change: what.change ?? 'level',
    modality: what.modality ?? 'actual',
    ...(what.outcome ? { outcome: what.outcome } : {}),
    ...(what.source ? { source: what.source } : {}),
    ...(what.asOf ? { asOf: what.asOf } : {}),
  };
  SENTENCES.set(fact, sentence);
  return fact;
}

// The sentence each test figure stands in: its paragraph, when the test gives no paragraphs.
const SENTENCES = new WeakMap<FigureFact, string>();
const kindOf = (unit: string): UnitKind =>
  /dollar|euro|pound|peso|sole|rupee|yen/i.test(unit) ? 'money' : /point/i.test(unit) ? 'percentage-points' : /percent/i.test(unit) ? 'percent' : unit === 'magnitude' ? 'magnitude' : /^(?:hours|days|years|months|weeks|minutes)$/.test(unit) ? 'duration' : 'count';

/** A date fact resolved to [start, end], written as `text` at `offset` of a paragraph. */
export function date(article: string, text: string, start: string, end = start, where: { paragraph?: number; offset?: number } = {}): DateFact {
  const offset = where.offset ?? 0;
  return {
    kind: 'date',
    id: nextId('date'),
    article,
    mentions: [{ paragraph: where.paragraph ?? 1, start: offset, end: offset + text.length, text }],
    granularity: start === end ? 'day' : start.endsWith('-01') && end.slice(0, 7) === start.slice(0, 7) ? 'month' : 'range',
    start,
    end,
    relative: !/\d/.test(text),
  };
}

/** A quote fact; `passage` includes the quote marks. */
export function quote(article: string, passage: string, speaker?: string, paragraph = 1): QuoteFact {
  return {
    kind: 'quote',
    id: nextId('quote'),
    article,
    mentions: [{ paragraph, start: 0, end: passage.length, text: passage }],
    quote: passage.replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«».,]+$/g, ''),
    ...(speaker ? { speaker } : {}),
  };
}

/** An article to compare, from its facts and (optionally) its paragraph texts. */
export function article(
  id: string,
  outlet: string,
  facts: { people?: PersonFact[]; dates?: DateFact[]; figures?: FigureFact[]; quotes?: QuoteFact[] },
  paragraphs: string[] = [],
): ComparableArticle {
  const texts = paragraphs.length > 0 ? paragraphs : [...new Set((facts.figures ?? []).map((f) => SENTENCES.get(f)!))];
  // Without paragraphs, each figure's sentence is a paragraph of its own.
  if (paragraphs.length === 0) for (const f of facts.figures ?? []) f.mentions[0].paragraph = texts.indexOf(SENTENCES.get(f)!) + 1;
  return {
    article: { id, outlet },
    paragraphs: texts.map((text, i) => ({ index: i + 1, text })),
    facts: { article: id, people: facts.people ?? [], dates: facts.dates ?? [], figures: facts.figures ?? [], quotes: facts.quotes ?? [] },
  };
}
