// Stage 5 of reading figures: what a figure counts, read from the grammar of its sentence rather
// than a window of characters. In order:
//   1. a table cell counts its column header (and its row header);
//   2. the noun phrase the number quantifies ("88.3 million watchers", "thousands of migrants",
//      "50 and 60 families, respectively", "a $12 million, three-year contract");
//   3. a relative clause ("the more than 11,000 who are waiting") or an outcome verb ("injuring
//      more than 900") says the number counts people;
//   4. the noun the number is attached to before it ("crowds exceeding 150,000", "a turnout of
//      10,000", "put the audience at 88.3 million");
//   5. the subject of the clause's verb ("the toll climbed to 145", "the number of dead … has
//      reached 88");
//   6. the nearest plural noun before the number in its sentence.
import type { Paragraph } from '../types';
import type { TaggedToken } from '../grammar';
import { NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES } from '../lexicon/numbers';
import { COLLECTIVE_HEADS, OUTCOME_WORDS } from '../lexicon/quantities';
import { CURRENCY_WORDS, MEASURE_UNITS } from '../lexicon/units';
import { isPersonish, isTimeUnit } from './words';

/** What a figure counts: the phrase, where it is written, its head noun and whether it names people. */
export interface CountedReading {
  text: string;
  /** Where the phrase stands, when it is written out in this paragraph as `text`. */
  start?: number;
  end?: number;
  /** Lemma of the head noun ("family", "toll"), when there is one. */
  head?: string;
  /** The counted things are people ("families", "crowd", "injuring more than 900"). */
  personal: boolean;
  /** For a table cell: the header cells it takes its meaning from, as [paragraph index, start, end]. */
  cells?: { row?: [number, number, number]; column?: [number, number, number] };
}

/** What stage 5 sees of one figure. */
export interface CountedContext {
  text: string;
  /** Tagged words of the figure's sentence. */
  words: readonly TaggedToken[];
  /** [start, end) of the figure as written, and where the words after its unit begin. */
  start: number;
  /** Where the number itself starts, after any qualifier ("exceeding 150,000"). */
  numberStart: number;
  end: number;
  next: number;
  /** The number says "of" before what it counts ("thousands of", "a million of", "2,000 of the"). */
  takesOf: boolean;
  /** The figure is a sum of money or a measure: a noun after it is what it pays for or measures. */
  measured: boolean;
  /** The measure word after the number ("acres", "years"), which heads what is counted when nothing else does. */
  measure?: { start: number; end: number };
  paragraph: Paragraph;
  /** The header row of the figure's table, when it is in one. */
  headerRow?: Paragraph;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);
const isNoun = (w: TaggedToken | undefined) =>
  !!w && (w.pos === 'NOUN' || (w.pos === 'PROPN' && /\p{Ll}s$/u.test(w.text) && !isCalendarWord(w.lower))) && !isCalendarWord(w.lower);
const isCalendarWord = (word: string) =>
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night)$/.test(word);
const OUTCOME_LEMMAS = new Set(Object.values(OUTCOME_WORDS).flat());
// Outcome words that stand for people after a number: "14 dead", "1,100 injured", "three missing".
const OUTCOME_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'missing', 'killed', 'hurt', 'displaced', 'evacuated', 'homeless', 'stranded', 'arrested', 'rescued', 'hospitalised', 'hospitalized', 'detained', 'unaccounted']);
const NUMBER_LIKE = new RegExp(`^(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...Object.keys(VAGUE_QUANTITIES).map((q) => q.split(' ')[0]!), 'dozen', 'dozens', 'scores'].join('|')})$`);
/** A number written as a word ("dozens", "nine"), which is another figure, not a counted noun. */
const isNumberWord = (w: TaggedToken | undefined) => !!w && (w.pos === 'NUM' || NUMBER_LIKE.test(w.lower));
const MAX_PHRASE_WORDS = 4;

function reading(text: string, words: readonly TaggedToken[], from: number, to: number, personal?: boolean): CountedReading {
  const start = words[from]!.start;
  const end = words[to]!.end;
  const head = [...words.slice(from, to + 1)].reverse().find((w) => NOUNISH.has(w.pos)) ?? words[to]!;
  return { text: text.slice(start, end), start, end, head: head.lemma, personal: personal ?? isPersonish(head.lower) };
}

/** Index of the first tagged word at or after `at`. */
const wordAt = (words: readonly TaggedToken[], at: number) => {
  const i = words.findIndex((w) => w.start >= at);
  return i < 0 ? words.length : i;
};

// 1. A table cell: its column header, and its row header when the cell is not the row header.
function fromTable(context: CountedContext): CountedReading | undefined {
  const row = context.paragraph.tableRow;
  const header = context.headerRow?.tableRow;
  if (!row || !header || row.header) return undefined;
  const column = row.cells.findIndex((c) => c.start <= context.start && context.start < c.end);
  if (column <= 0) return undefined;
  const trimmed = (p: Paragraph, c: { start: number; end: number }): [number, number, number] => {
    const cell = p.text.slice(c.start, c.end);
    const lead = cell.length - cell.trimStart().length;
    return [p.index, c.start + lead, c.start + cell.trimEnd().length];
  };
  const columnCell = header.cells[column] && trimmed(context.headerRow!, header.cells[column]);
  const rowCell = trimmed(context.paragraph, row.cells[0]!);
  const columnText = columnCell ? context.headerRow!.text.slice(columnCell[1], columnCell[2]) : '';
  const rowText = context.text.slice(rowCell[1], rowCell[2]);
  if (!columnText && !rowText) return undefined;
  const headWord = columnText.toLowerCase().match(/\p{L}+/gu)?.find((w) => isPersonish(w));
  return {
    text: [columnText, rowText && `(${rowText})`].filter(Boolean).join(' '),
    personal: !!headWord,
    ...(headWord ? { head: headWord } : {}),
    cells: { ...(columnCell ? { column: columnCell } : {}), ...(rowText ? { row: rowCell } : {}) },
  };
}

// 2. The noun phrase after the number.
function fromPhraseAfter(context: CountedContext): CountedReading | undefined {
  const { words, text } = context;
  let k = wordAt(words, context.next);
  // "a $12 million, three-year contract": a sum, then compound adjectives, then what it pays for.
  if (context.measured && words[k]?.text === ',') {
    let j = k + 1;
    while (words[j] && (words[j]!.pos === 'NUM' || words[j]!.text === '-' || (words[j]!.pos === 'NOUN' && words[j + 1]?.text === '-') || (words[j - 1]?.text === '-' && isTimeUnit(words[j]!.lower)))) j++;
    if (j > k + 2 && isNoun(words[j])) k = j;
  }
  // Other numbers coordinated with this one share its noun: "50 and 60 families, respectively".
  while (words[k] && /^(?:and|or|,|to)$/i.test(words[k]!.lower) && words[k + 1]?.pos === 'NUM' && words[k + 2]?.text !== '-') {
    k += 2;
    while (words[k]?.pos === 'NUM' || words[k]?.pos === 'SYM') k++;
  }
  const of = words[k]?.lower === 'of';
  if (of && (context.takesOf || context.measured || /^(?:the|those|these|them|its|their|our|his|her)$/.test(words[k + 1]?.lower ?? ''))) k++;
  else if (of) return undefined;
  // What a sum pays for: "$14 billion in additional funding", "$128 billion for schools", "for rebuilding".
  else if (context.measured && /^(?:in|for|on|to)$/.test(words[k]?.lower ?? '') && /^\p{Ll}/u.test(words[k + 1]?.text ?? '') && words[k + 1]!.pos !== 'AUX') {
    if (words[k + 1]!.pos !== 'VERB') k++;
    else if (/ing$/.test(words[k + 1]!.lower) && words[k]!.lower !== 'to') return reading(text, words, k + 1, k + 1, false);
  }
  // "142 dead and 1,100 injured": an outcome standing for the people it happened to.
  if (!context.measured && words[k] && OUTCOME_ADJECTIVES.has(words[k]!.lower) && !isNoun(words[k + 1])) {
    return { text: `people ${words[k]!.lower}`, start: words[k]!.start, end: words[k]!.end, head: 'people', personal: true };
  }
  while (words[k] && (words[k]!.pos === 'DET' || /^(?:its|their|his|her|our|my|your|own)$/.test(words[k]!.lower))) k++;
  // "seven of the 12 districts": the number of the whole belongs to the noun too.
  if (of && words[k]?.pos === 'NUM' && isNoun(words[k + 1])) k++;
  // "an 8-member jury": the size noun after the hyphen.
  while (words[k]?.text === '-') k++;
  const first = k;
  let head = -1;
  for (; words[k] && k - first < MAX_PHRASE_WORDS + 2; k++) {
    const w = words[k]!;
    if (isNoun(w)) head = k;
    else if (w.text === '-' && words[k + 1] && head !== k - 1) continue;
    else if (w.pos === 'ADJ' || /^(?:most|more|least|less|very)$/.test(w.lower) || (w.pos === 'VERB' && /(?:ed|ing)$/.test(w.lower) && isNoun(words[k + 1])) || (w.pos === 'NUM' && words[k + 1]?.text === '-')) continue;
    else if (w.text === '-' || (w.pos === 'PROPN' && isNoun(words[k + 1]))) continue;
    else break;
    // A plural head ends the phrase unless another noun follows it ("crew members").
    if (!isNoun(words[k + 1])) break;
  }
  if (head < 0) return undefined;
  // "$2bn and 3.8 billion euros": the currency of the other sum is not what this one pays for.
  if (context.measured && (words[head]!.lower in CURRENCY_WORDS || words[head]!.lower in MEASURE_UNITS)) return undefined;
  const from = Math.max(first, head - MAX_PHRASE_WORDS + 1);
  const phrase = reading(text, words, from, head);
  return withComplement(context, phrase, head);
}

// What follows a head noun and says which ones are counted: "people injured", "homes without
// power", "migrant encounters at the southern border", "schools and community colleges".
function withComplement(context: CountedContext, phrase: CountedReading, head: number): CountedReading {
  const { words, text } = context;
  let end = head;
  const after = words[head + 1];
  // A participle after the head describes it when it says what happened to the things counted
  // ("people injured") or has an agent ("homes destroyed by the fire"); otherwise it is the
  // clause's verb ("2,500 people marched").
  const object = words[head + 2] && (words[head + 2]!.pos === 'NUM' || words[head + 2]!.pos === 'DET' || words[head + 2]!.pos === 'PRON' || isNoun(words[head + 2]));
  const agent = words[head + 2]?.lower === 'by' && /^(?:the|a|an|its|their)$/.test(words[head + 3]?.lower ?? '');
  const describes = after?.pos === 'VERB' && ((OUTCOME_LEMMAS.has(after.lower) && !object) || (/ed$/.test(after.lower) && agent));
  const coordinated = after?.lower === 'and' && !isNumberWord(words[head + 2]) && (isNoun(words[head + 2]) || (words[head + 2]?.pos === 'ADJ' && isNoun(words[head + 3])));
  if (describes) end = head + 1;
  else if (coordinated) {
    let j = head + 2;
    while (words[j + 1] && isNoun(words[j + 1])) j++;
    if (words[j]?.pos === 'ADJ') j++;
    if (isNoun(words[j]) && /^\p{Ll}/u.test(words[j]!.text)) end = j;
  } else if (after && /^(?:of|in|at|without|with|from|on|for)$/.test(after.lower) && !/^\p{Lu}/u.test(words[head + 2]?.text ?? 'X') && !/^(?:each|every|per|a|an)$/.test(words[head + 2]?.lower ?? '')) {
    let j = head + 2;
    if (words[j]?.pos === 'DET') j++;
    let last = -1;
    for (let n = 0; words[j] && n < MAX_PHRASE_WORDS; j++, n++) {
      const w = words[j]!;
      if (/^\p{Lu}/u.test(w.text) || isCalendarWord(w.lower)) break;
      if (isNoun(w)) last = j;
      else if (w.pos !== 'ADJ' && w.text !== '-') break;
    }
    if (last > 0) end = last;
  }
  if (end === head) return phrase;
  return { ...phrase, text: text.slice(phrase.start!, words[end]!.end), end: words[end]!.end };
}

// 3. "the more than 11,000 who are waiting", "injuring more than 900".
function fromPeopleCues(context: CountedContext): CountedReading | undefined {
  const { words, text } = context;
  const k = wordAt(words, context.end);
  if (words[k]?.lower === 'who') {
    let j = k + 1;
    while (words[j] && (words[j]!.pos === 'AUX' || words[j]!.pos === 'ADV')) j++;
    const verbs: TaggedToken[] = [];
    for (; words[j] && verbs.length < 6; j++) {
      const w = words[j]!;
      if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || (verbs.length && w.pos === 'ADP' && !/^(?:to)$/.test(w.lower) && verbs[verbs.length - 1]!.pos !== 'VERB')) break;
      if (verbs.length === 0 && w.pos !== 'VERB') break;
      verbs.push(w);
    }
    const clause = verbs.length ? text.slice(verbs[0]!.start, verbs[verbs.length - 1]!.end) : '';
    return { text: clause ? `people ${clause}` : 'people', personal: true, head: 'people' };
  }
  const before = words.filter((w) => w.end <= context.start);
  const verb = before[before.length - 1];
  if (verb && verb.pos === 'VERB' && OUTCOME_LEMMAS.has(verb.lower) && /(?:ing|ed)$/.test(verb.lower)) {
    const outcome = Object.entries(OUTCOME_WORDS).find(([, forms]) => forms.includes(verb.lower))?.[1].find((f) => /ed$/.test(f)) ?? verb.lower;
    return { text: `people ${outcome}`, personal: true, head: 'people' };
  }
  return undefined;
}

/** The noun chunk ending at word `end` (inclusive), resolving "the number of dead" to "dead". */
function chunkEndingAt(context: CountedContext, end: number): CountedReading | undefined {
  const { words, text } = context;
  if (!isNoun(words[end]) && !(words[end]?.pos === 'ADJ' && isPersonish(words[end]!.lower))) return undefined;
  let from = end;
  while (from > 0 && end - from < MAX_PHRASE_WORDS - 1 && (isNoun(words[from - 1]) || words[from - 1]!.pos === 'ADJ' || words[from - 1]!.text === '-')) from--;
  return reading(text, words, from, end);
}

/** The first noun chunk of words[from, to): the subject of a clause. */
function firstChunk(context: CountedContext, from: number, to: number): CountedReading | undefined {
  const { words } = context;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // "the dead", "the injured": an adjective standing for people.
    if (w.pos === 'ADJ' && isPersonish(w.lower) && !isNoun(words[i + 1])) return reading(context.text, words, i, i, true);
    if (w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.text === "'s" || w.pos === 'PART') continue;
    if (!isNoun(w)) {
      // A capitalised first word WordNet does not know ("Ridership") heads the subject when a verb follows it.
      if (w.pos === 'PROPN' && i === 0 && (words[i + 1]?.pos === 'VERB' || words[i + 1]?.pos === 'AUX')) return reading(context.text, words, i, i);
      if (w.pos === 'PROPN') continue;
      return undefined;
    }
    let end = i;
    while (end + 1 < to && isNoun(words[end + 1])) end++;
    // "The state's unemployment rate": the possessive belongs to the owner, not the counted thing.
    if (words[end + 1]?.text === "'s" || words[end + 1]?.text === '’s') {
      i = end + 1;
      continue;
    }
    const chunk = chunkEndingAt(context, end)!;
    // "the number of dead", "a total of 14 homes": the counted thing follows "of".
    if (COLLECTIVE_HEADS.has(chunk.head ?? '') && words[end + 1]?.lower === 'of') {
      let j = end + 2;
      while (words[j] && (words[j]!.pos === 'DET' || words[j]!.pos === 'ADJ') && !isPersonish(words[j]!.lower)) j++;
      let k = j;
      while (k + 1 < to && isNoun(words[k + 1])) k++;
      const inner = chunkEndingAt(context, k) ?? (words[j] && isPersonish(words[j]!.lower) ? reading(context.text, words, j, j, true) : undefined);
      if (inner) return inner;
    }
    return chunk;
  }
  return undefined;
}

// 4. The noun the number is attached to before it: "crowds exceeding 150,000", "a turnout of more
// than 10,000", "the death toll at 145", "put the game's average audience at 88.3 million".
function fromPhraseBefore(context: CountedContext): CountedReading | undefined {
  const { words } = context;
  // The word before the number, past a qualifier: "crowds exceeding 150,000" reads as "crowds" + "exceeding".
  let before = wordAt(words, context.numberStart) - 1;
  if (words[before]?.pos === 'VERB' && /ing$/.test(words[before]!.lower)) return chunkEndingAt(context, before - 1);
  before = wordAt(words, context.start) - 1;
  const w = words[before];
  if (!w) return undefined;
  if (w.pos === 'VERB' && /ing$/.test(w.lower)) return chunkEndingAt(context, before - 1);
  if (w.lower === 'of' || w.lower === 'at') {
    const chunk = chunkEndingAt(context, before - 1);
    if (chunk && !COLLECTIVE_HEADS.has(chunk.head ?? '')) return chunk;
    // "put the audience at", "estimated the crowd at": the object between the verb and "at".
    if (w.lower === 'at') {
      for (let i = before - 1; i >= 0 && i >= before - 8; i--) {
        if (words[i]!.pos === 'VERB') return firstChunk(context, i + 1, before);
      }
    }
  }
  return undefined;
}

// 5. The subject of the verb that governs the number: "the toll climbed to 145".
function fromSubject(context: CountedContext): CountedReading | undefined {
  const { words } = context;
  const at = wordAt(words, context.start);
  let verb = -1;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.pos === 'VERB' || w.pos === 'AUX') verb = i;
    else if (verb >= 0 && w.pos !== 'ADV' && w.pos !== 'PART') break;
    if (w.pos === 'PUNCT' || w.pos === 'SCONJ' || w.pos === 'CCONJ') return undefined;
  }
  if (verb < 0) return undefined;
  let from = verb - 1;
  // Back to the clause's start; a relative clause inside the subject ("the floods that swept the north") is not a start.
  while (from >= 0 && !(words[from]!.pos === 'PUNCT' && words[from]!.text !== "'s") && words[from]!.pos !== 'SCONJ' && !/^(?:said|says|and|but)$/.test(words[from]!.lower)) from--;
  return firstChunk(context, from + 1, verb);
}

// 6. The nearest plural noun before the number: "a new wave of evacuees, estimated at 4,000".
function fromNounBefore(context: CountedContext): CountedReading | undefined {
  const { words } = context;
  for (let i = wordAt(words, context.start) - 1; i >= 0; i--) {
    const w = words[i]!;
    if (isNoun(w) && w.lemma !== w.lower && /s$/.test(w.lower)) return chunkEndingAt(context, i);
  }
  return undefined;
}

/** What a figure counts, or an empty reading when the sentence does not say. */
export function readCounted(context: CountedContext): CountedReading {
  const table = fromTable(context);
  if (table) return table;
  if (context.measure && !/^(?:percent|per cent|pct|percentage points?|basis points?)$/i.test(context.text.slice(context.measure.start, context.measure.end))) {
    // "temperatures above 100 degrees", "gusts of 45 mph"; else the measure itself ("48,500 acres", "20 years in prison").
    return fromPhraseBefore(context) ?? fromPhraseAfter({ ...context, next: context.measure.start, measured: false }) ?? { text: '', personal: false };
  }
  const after = fromPhraseAfter(context);
  if (after) return after;
  const cues = context.measured ? undefined : fromPeopleCues(context);
  return cues ?? fromPhraseBefore(context) ?? fromSubject(context) ?? (context.measured ? undefined : fromNounBefore(context)) ?? { text: '', personal: false };
}
