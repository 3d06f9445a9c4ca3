// Reported quantities, read in named stages, each in its own module:
//   1. numbers.ts     every number written, in digits or words, with currency, scale, precision;
//   2. notFigures.ts  numbers that are not quantities: dates, times, years, ages, codes, scores …;
//   3. bounds.ts      ranges and the bounds the wording allows ("over", "nearly", "3-4,000");
//   4. units.ts       currency, percent, measure or magnitude;
//   5. counted.ts     what is counted, from the grammar of the sentence;
//   6. cues.ts        source, outcome, level/change/rate, actual/forecast/target, as-of time.
import { sentenceAt, sentencesOf, spanOf, type SentenceRange } from '../../text';
import { tagText, type TaggedToken } from '../grammar';
import type { DateFact, FigureFact, Paragraph, PersonFact } from '../types';
import { readBounds } from './bounds';
import { readCounted } from './counted';
import { readAsOf, readChange, readModality, readOutcome, readSource, type CueContext } from './cues';
import { MAYBE_NUMBER, numbersOf } from './numbers';
import { LOOK_AHEAD, LOOK_BEHIND, notFigureReason } from './notFigures';
import { headerUnit, readUnit } from './units';

/** A figure before it gets an id. */
export type FigureReading = Omit<FigureFact, 'id' | 'article' | 'kind'>;

/** Character ranges per paragraph index that hold no figures (dates, times of day). */
export type BlockedRanges = Map<number, Array<[number, number]>>;

/** What the figure reader knows about the article besides its text. */
export interface FigureInputs {
  /** Dates and times of day, which are not figures. */
  blocked?: BlockedRanges;
  /** The article's dates, for the time a figure is true of. */
  dates?: readonly DateFact[];
  /** The article's people, for who gives a figure. */
  people?: readonly PersonFact[];
  /** Publication date or date-time (ISO 8601): the as-of time of a figure whose sentence names none. */
  published?: string;
}

/** Tags each sentence of a paragraph at most once, and only when a figure needs it. */
function sentenceTagger(text: string, sentences: readonly SentenceRange[]) {
  const tagged = new Map<number, TaggedToken[]>();
  return (at: number): TaggedToken[] => {
    const sentence = sentenceAt(sentences, at);
    let words = tagged.get(sentence.start);
    if (!words) tagged.set(sentence.start, (words = tagText(text, sentence.start, sentence.end)));
    return words;
  };
}

/** The header row of the table a row belongs to. */
function headerRowOf(paragraphs: readonly Paragraph[], paragraph: Paragraph): Paragraph | undefined {
  const row = paragraph.tableRow;
  if (!row) return undefined;
  return paragraphs.find((p) => p.tableRow?.table === row.table && p.tableRow.row === 1 && p.tableRow.header);
}

/** Finds every reported quantity in the paragraphs, with its bounds, unit, counted thing and cues. */
export function extractFigures(paragraphs: readonly Paragraph[], inputs: FigureInputs = {}): FigureReading[] {
  const figures: FigureReading[] = [];
  const people = inputs.people ?? [];
  const published = inputs.published ?? '';
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (!MAYBE_NUMBER.test(text)) continue;
    const sentences = sentencesOf(text);
    const wordsAt = sentenceTagger(text, sentences);
    const blocked = inputs.blocked?.get(paragraph.index) ?? [];
    const inTable = paragraph.kind === 'table-row';
    const headerRow = headerRowOf(paragraphs, paragraph);
    const dates = (inputs.dates ?? [])
      .filter((d) => d.mentions[0].paragraph === paragraph.index)
      .map((d) => ({ start: d.start, end: d.end, granularity: d.granularity, mention: d.mentions[0] }));

    // Stages 1 and 2: numbers, less those that are not quantities. A header row labels the
    // numbers below it and counts nothing itself.
    if (paragraph.tableRow?.header) continue;
    // In a table row, what stands around a number is its own cell; the next cell is another matter.
    const cells = paragraph.tableRow?.cells;
    const cellOf = (at: number) => cells?.find((c) => c.start <= at && at < c.end) ?? { start: 0, end: text.length };
    const numbers = numbersOf(text, { tableRow: inTable }).filter(
      (token) =>
        !notFigureReason({
          token,
          text,
          before: text.slice(Math.max(cellOf(token.start).start, token.start - LOOK_BEHIND), token.start),
          after: text.slice(token.end, Math.min(cellOf(token.start).end, token.end + LOOK_AHEAD)),
          words: wordsAt(token.start),
          blocked,
          inTable,
        }),
    );
    // Stage 3 to 6, figure by figure.
    for (const bounded of readBounds(numbers, text, wordsAt)) {
      const sentence = sentenceAt(sentences, bounded.start);
      const words = wordsAt(bounded.start);
      const unit = readUnit(bounded, text);
      const measured = unit.unitKind !== 'count';
      const counted = readCounted({
        text,
        words,
        start: bounded.start,
        numberStart: bounded.first.start,
        end: unit.end,
        next: unit.next,
        ...(unit.measure ? { measure: unit.measure } : {}),
        takesOf: bounded.first.takesOf || bounded.last.takesOf,
        measured,
        paragraph,
        ...(headerRow ? { headerRow } : {}),
      });
      // A table cell takes its currency, scale and percent from its column header ("Revenue (€m)").
      const header = counted.cells?.column && unit.unitKind === 'count' ? headerUnit(cellSpan(paragraphs, counted.cells.column).text) : undefined;
      if (header) {
        const scale = (n: number | null) => (n === null ? null : Math.round(n * header.scale * 1e6) / 1e6);
        Object.assign(bounded, { value: scale(bounded.value), lower: scale(bounded.lower), upper: scale(bounded.upper), precision: bounded.precision * header.scale });
        if (header.currency) Object.assign(unit, { unit: header.currency, unitKind: 'money' });
        else if (header.percent) Object.assign(unit, { unit: 'percent', unitKind: 'percent' });
      }
      // "Officials put the magnitude at 7.3": the counted word names the unit.
      if (unit.unitKind === 'count' && counted.head === 'magnitude') Object.assign(unit, { unit: 'magnitude', unitKind: 'magnitude' });
      const unitName = unit.unit ?? (counted.personal ? 'people' : countUnit(counted.text, counted.head));
      const cueContext: CueContext = {
        paragraph: paragraph.index,
        text,
        words,
        start: bounded.start,
        end: unit.end,
        ...(counted.end !== undefined && counted.start !== undefined && counted.start >= unit.end ? { countedEnd: counted.end } : {}),
        counted: counted.text,
        ...(bounded.first.sign ? { signed: true } : {}),
      };
      const source = readSource(cueContext, people);
      const outcome = readOutcome(cueContext);
      const asOf = readAsOf(cueContext, sentence, dates, published);
      const countedSpan =
        counted.start !== undefined && counted.end !== undefined && (counted.start < bounded.start || counted.start >= unit.end)
          ? spanOf(paragraph.index, text, counted.start, counted.end)
          : undefined;
      const cell = counted.cells && {
        ...(counted.cells.row ? { row: cellSpan(paragraphs, counted.cells.row) } : {}),
        ...(counted.cells.column ? { column: cellSpan(paragraphs, counted.cells.column) } : {}),
      };
      figures.push({
        mentions: [spanOf(paragraph.index, text, bounded.start, unit.end)],
        value: bounded.value,
        lower: bounded.lower,
        upper: bounded.upper,
        qualifier: bounded.qualifier,
        precision: bounded.precision,
        unit: unitName,
        unitKind: unit.unitKind,
        counted: counted.text,
        ...(counted.head ? { head: counted.head } : {}),
        ...(countedSpan ? { countedSpan } : {}),
        ...(cell ? { cell } : {}),
        sentence: { start: sentence.start, end: sentence.end },
        ...(source ? { source: { span: spanOf(paragraph.index, text, source.span.start, source.span.end), ...(source.person ? { person: source.person } : {}) } } : {}),
        ...(outcome ? { outcome } : {}),
        change: readChange(cueContext),
        modality: readModality(cueContext),
        ...(asOf ? { asOf } : {}),
      });
    }
  }
  return figures;
}

/** The unit of a count: the counted noun as written ("homes", "deaths"), or "count" when nothing says. */
function countUnit(counted: string, head: string | undefined): string {
  if (!counted || !head) return 'count';
  const words = counted.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return words.find((w) => w === head || w.startsWith(head.slice(0, Math.max(3, head.length - 2)))) ?? head;
}

function cellSpan(paragraphs: readonly Paragraph[], [index, start, end]: [number, number, number]) {
  const paragraph = paragraphs.find((p) => p.index === index)!;
  return spanOf(index, paragraph.text, start, end);
}
