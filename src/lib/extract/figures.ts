// Reported quantities: the number, the bounds its wording allows, its unit and what it counts.
import { ABOUT_TOLERANCE, FRACTIONS, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE_QUANTITIES, type QualifierKind } from './lexicon/numbers';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, IRREGULAR_PLURALS, MEASURE_UNITS, PERSON_NOUNS } from './lexicon/units';
import { overlaps, sentenceAt, sentencesOf, spanOf, type SentenceRange } from './text';
import type { FigureFact, FigureQualifier, Paragraph, Span } from './types';

/** A figure before it gets an id. */
export type FigureReading = Omit<FigureFact, 'id' | 'article' | 'kind'>;

/** Character ranges per paragraph that hold no figures (dates, times, names). */
export type BlockedRanges = Map<number, Array<[number, number]>>;

interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Set for vague quantities ("tens of thousands"). */
  range?: [number, number];
  currency?: string;
  unit?: string;
  spelled: boolean;
  /** Scale or vague words that take "of" before the counted noun ("thousands of migrants"). */
  takesOf: boolean;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');

const CURRENCY_PREFIX = alternation(Object.keys(CURRENCY_SYMBOLS).filter((k) => !/^[a-z]+$/.test(k)));
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥₹])(?:(${CURRENCY_PREFIX})\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` +
    String.raw`(?:\s(million|billion|trillion|thousand)|(bn|mn|m|k|tn|b)(?![\p{L}\p{N}]))?(?:\s?(%)|\s(percent|per\s+cent|percentage\s+points?))?`,
  'giu',
);

const SMALL = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 20 && w !== 'zero');
const TENS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 20);
const DIGIT_WORDS = SMALL.filter((w) => NUMBER_WORDS[w]! < 10);
const SCALE_WORDS = 'hundred|thousand|million|billion|trillion';
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:` +
    String.raw`(?<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|hundreds\s+of\s+millions|dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b))` +
    String.raw`|(?<fraction>(?:(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|(?:a|one)\s+(?:third|quarter|fifth)|half)(?=\s+of\b)|(?<=\bby\s)(?:a|one)\s+(?:third|quarter|fifth|half))` +
    String.raw`|(?<oneIn>one\s+in\s+(?:${DIGIT_WORDS.join('|')}|ten|\d+))` +
    String.raw`|(?<dozen>(?:a|half\s+a)\s+dozen)` +
    String.raw`|(?<word>(?:a\s+(?=(?:${SCALE_WORDS})\b))?(?:(?:${TENS.join('|')})(?:-(?:${DIGIT_WORDS.join('|')}))?|${SMALL.join('|')})?(?:\s+(?:${SCALE_WORDS}))*)` +
    String.raw`)(?![\p{L}\p{N}]|-[\p{L}\p{N}])`,
  'giu',
);

function wordValue(text: string): number {
  let total = 0;
  let current = 0;
  for (const part of text.toLowerCase().split(/[\s-]+/)) {
    if (part === 'a') current = 1;
    else if (part in NUMBER_WORDS) current += NUMBER_WORDS[part]!;
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part in SCALES) {
      total += (current || 1) * SCALES[part]!;
      current = 0;
    }
  }
  return total + current;
}

function numberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const [, symbol, digits = '', scaleWord, scaleAbbr, percentSign, percentWord] = m;
    if (scaleAbbr && !symbol) continue; // "5m" without a currency is too often metres
    const scale = SCALES[(scaleWord ?? scaleAbbr ?? '').toLowerCase()] ?? 1;
    const percent = percentSign || percentWord;
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      value: Number(digits.replace(/,/g, '')) * scale,
      ...(symbol ? { currency: CURRENCY_SYMBOLS[symbol.toLowerCase()] } : {}),
      ...(percent ? { unit: /point/i.test(percent) ? 'percentage points' : 'percent' } : {}),
      spelled: false,
      takesOf: false,
    });
  }
  for (const m of text.matchAll(SPELLED)) {
    if (!m[0]) continue;
    const g = m.groups ?? {};
    const token: NumberToken = { start: m.index, end: m.index + m[0].length, value: 0, spelled: true, takesOf: false };
    if (g.vague) {
      const range = VAGUE_QUANTITIES[g.vague.toLowerCase().replace(/\s+/g, ' ')] ?? (g.vague.toLowerCase() === 'scores' ? [40, 199] : undefined);
      if (!range) continue;
      Object.assign(token, { value: range[0], range, takesOf: true });
    } else if (g.fraction) {
      const [count, part] = g.fraction.toLowerCase().split(/[-\s]+/);
      const share = part ? (count === 'a' ? 1 : NUMBER_WORDS[count!] ?? 1) * (FRACTIONS[part] ?? 0) : FRACTIONS[count!] ?? 0;
      Object.assign(token, { value: Math.round(share * 10000) / 100, unit: 'percent', takesOf: true });
    } else if (g.oneIn) {
      const of = g.oneIn.split(/\s+/).pop()!.toLowerCase();
      const whole = NUMBER_WORDS[of] ?? Number(of);
      if (!whole) continue;
      Object.assign(token, { value: Math.round(10000 / whole) / 100, unit: 'percent' });
    } else if (g.dozen) {
      Object.assign(token, { value: /half/i.test(g.dozen) ? 6 : 12 });
    } else {
      const words = m[0].toLowerCase();
      // "one" alone is nearly always a pronoun or article ("one of the officials").
      if (/^(?:one|a)$/.test(words)) continue;
      token.value = wordValue(words);
      token.takesOf = /(?:hundred|thousand|million|billion|trillion)$/.test(words);
      if (!token.value) continue;
    }
    tokens.push(token);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

const QUALIFIER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${alternation(Object.keys(QUALIFIERS))})\s+(?:(?:to\s+include|to\s+be|at)\s+)?$`, 'iu');

// Words that end a counted noun phrase.
const PHRASE_STOP = new Set(
  ('a an the and or but nor who whom whose that which what is are was were be been being has have had do does did will would ' +
    'could can may might must shall should in on at to from for with by of into onto across through during since per each ' +
    'their his her its our my your this these those than as said says say told while after before over under more less most ' +
    'according including amid against up down out off about so not no also already now then last next ago earlier later ' +
    'when where if because since until via among between within without toward towards around near like so such there here ' +
    'it they he she we you i them him us me all both some any every either neither other another own same just only even ' +
    'still yet again ever never very too much many few several each such year years-old old aged').split(' '),
);

const LETTERS = /^[\p{L}][\p{L}\p{M}'’-]*$/u;

interface Phrase {
  text: string;
  start: number;
  end: number;
}

// Up to four words after `from` that form the counted noun phrase ("migrant encounters").
function phraseAfter(text: string, from: number, maxWords = 4): Phrase | null {
  const re = /\s*([\p{L}][\p{L}\p{M}'’-]*)/uy;
  const lead = /(?:\s*(?:the|its|their|his|her|our|those|these|own|all)(?![\p{L}]))*/iuy;
  lead.lastIndex = from;
  lead.exec(text);
  re.lastIndex = lead.lastIndex;
  let start = -1;
  let end = from;
  const words: string[] = [];
  for (let i = 0; i < maxWords; i++) {
    const m = re.exec(text);
    if (!m) break;
    const word = m[1]!;
    if (PHRASE_STOP.has(word.toLowerCase()) || !LETTERS.test(word)) break;
    if (start < 0) start = m.index + m[0].length - word.length;
    words.push(word);
    end = re.lastIndex;
    // A possessive or a plural noun ends the phrase; what follows belongs to the clause ("nurses walked out").
    if (/['’]s?$/.test(word) || isPlural(word)) break;
  }
  if (!words.length) return null;
  return { text: text.slice(start, end), start, end };
}

function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || PERSON_NOUNS.has(lower) || (/[^su'’]s$/.test(lower) && lower.length > 3 && !/(?:ous|ss|is|us|ics)$/.test(lower));
}

// The nearest plural noun before `before` in the sentence ("a new influx of migrants, estimated at 6,000").
function nounBefore(text: string, sentence: SentenceRange, before: number): Phrase | null {
  const window = text.slice(Math.max(sentence.start, before - 160), before);
  const offset = before - window.length;
  const words = [...window.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const lower = w[0].toLowerCase();
    if (PHRASE_STOP.has(lower) || /^\p{Lu}/u.test(w[0])) continue;
    if (isPlural(w[0]) && !/(?:ed|ing)$/.test(lower) && !['has', 'was', 'does', 'is', 'its', 'thus', 'plus'].includes(lower)) {
      return { text: w[0], start: offset + w.index, end: offset + w.index + w[0].length };
    }
  }
  return null;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function bounds(kind: QualifierKind | 'exact', value: number): { qualifier: FigureQualifier; lower: number | null; upper: number | null } {
  switch (kind) {
    case 'about':
      return { qualifier: 'about', lower: round(value * (1 - ABOUT_TOLERANCE)), upper: round(value * (1 + ABOUT_TOLERANCE)) };
    case 'nearly':
      return { qualifier: 'about', lower: round(value * (1 - ABOUT_TOLERANCE)), upper: value };
    case 'more-than':
    case 'at-least':
      return { qualifier: kind, lower: value, upper: null };
    case 'less-than':
    case 'at-most':
      return { qualifier: kind, lower: null, upper: value };
    default:
      return { qualifier: 'exact', lower: value, upper: value };
  }
}

const SCORE_CONTEXT = /\b(?:won|wins?|beat|beats|lost|loses|defeat(?:ed|s)?|victory|draw|drew|tied?|score[ds]?|led|leads?|trailing|trailed|edged|routed|thrashed|halftime|half-time|final)\b/i;
const STREET = /^\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Court)/u;
const MEASURE_AFTER = new RegExp(String.raw`^\s*(${alternation(Object.keys(MEASURE_UNITS).filter((k) => k !== '%'))})(?![\p{L}])`, 'iu');
const CURRENCY_AFTER = new RegExp(String.raw`^\s*(${alternation(Object.keys(CURRENCY_WORDS))})(?![\p{L}])`, 'iu');

function blockedAt(blocked: Array<[number, number]>, start: number, end: number): boolean {
  return blocked.some(([s, e]) => overlaps(start, end, s, e));
}

/** Finds every reported quantity, skipping numbers inside `blocked` ranges (dates, times). */
export function extractFigures(paragraphs: Paragraph[], blocked: BlockedRanges = new Map()): FigureReading[] {
  const figures: FigureReading[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (!/\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|half|third|quarter/i.test(text)) continue;
    const noGo = blocked.get(paragraph.index) ?? [];
    const sentences = sentencesOf(text);
    const tokens = numberTokens(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (blockedAt(noGo, token.start, token.end)) continue;
      const before = text.slice(Math.max(0, token.start - 40), token.start);
      const after = text.slice(token.end, token.end + 60);
      const rangeLink = /^\s*(?:to|and|-|–|—)\s*/.exec(after);
      const next = tokens[i + 1];
      const linked = rangeLink && next && next.start === token.end + rangeLink[0].length && !blockedAt(noGo, next.start, next.end) ? next : undefined;
      const sentence = sentenceAt(sentences, token.start);
      // A match score ("beat England 2-1") is a result, not a quantity of anything.
      if (linked && /^[-–]$/.test(rangeLink![0].trim()) && !token.currency && !token.unit && SCORE_CONTEXT.test(text.slice(sentence.start, sentence.end))) {
        i++;
        continue;
      }
      // Parts of names, codes, ages, ordinals and compound adjectives ("COVID-19", "45-year-old", "four-day").
      if (/\p{L}-$/u.test(before) || /^(?:st|nd|rd|th)\b/i.test(after) || /^-?(?:years?|months?)[-\s]old\b/i.test(after)) continue;
      if (/^-(?!plus\b)\p{L}/u.test(after) || /^\p{L}/u.test(after)) continue;
      if (/\b(?:aged?|no\.|number|nos\.)\s*$/i.test(before)) continue;
      if (!token.spelled && /^\s*,/.test(after) && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && token.value < 120) continue;
      if (!token.spelled && !token.currency && /(?<![.!?:"“]\s*)\b\p{Lu}[\p{L}]*\s$/u.test(before) && !QUALIFIER_BEFORE.test(before) && !/,/.test(text.slice(token.start, token.end))) {
        const previous = /(\p{Lu}[\p{L}]*)\s$/u.exec(before)?.[1] ?? '';
        if (!/^(?:The|About|Over|Some|Nearly|Almost|Roughly|Around|Approximately|Only|Just|Under)$/.test(previous)) continue;
      }
      if (STREET.test(after)) continue;
      let end = token.end;
      let upperToken: NumberToken | undefined;
      if (linked) {
        const connector = rangeLink![0].trim();
        const betweenBefore = /\bbetween\s+$/i.test(before);
        const fromBefore = /\bfrom\s+$/i.test(before);
        if ((connector === 'and' && betweenBefore) || (connector === 'to' && !fromBefore) || /^[-–—]$/.test(connector)) {
          upperToken = linked;
          end = linked.end;
          i++;
        }
      }
      let start = token.start;
      const qualifierMatch = QUALIFIER_BEFORE.exec(before);
      let kind: QualifierKind | 'exact' = 'exact';
      // "over two years" is a span of time, not "more than two years".
      const overTime = qualifierMatch && /^over$/i.test(qualifierMatch[1]!) && /^\s+(?:years?|months?|weeks?|days?|decades?)\b/i.test(text.slice(token.end, token.end + 12));
      if (qualifierMatch && !overTime && !upperToken && !token.range) {
        kind = QUALIFIERS[qualifierMatch[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'exact';
        start = token.start - qualifierMatch[0].length;
      } else if (/\bbetween\s+$/i.test(before) && upperToken) {
        start = token.start - /\bbetween\s+$/i.exec(before)![0].length;
      }
      const tail = text.slice(end, end + 60);
      const orMore = /^(?:\s+or\s+more|-plus|\s+plus)(?![\p{L}])/iu.exec(tail);
      if (orMore && kind === 'exact' && !upperToken) {
        kind = 'at-least';
        end += orMore[0].length;
      }
      // Units and the counted thing, read from what follows the number.
      let unit = token.currency ?? upperToken?.currency ?? token.unit ?? upperToken?.unit;
      let cursor = end;
      const currencyWord = !unit ? CURRENCY_AFTER.exec(text.slice(cursor, cursor + 30)) : null;
      if (currencyWord) {
        unit = CURRENCY_WORDS[currencyWord[1]!.toLowerCase()];
        cursor += currencyWord[0].length;
      }
      const measure = !unit ? MEASURE_AFTER.exec(text.slice(cursor, cursor + 40)) : null;
      let counted: Phrase | null = null;
      if (measure) {
        unit = MEASURE_UNITS[measure[1]!.toLowerCase().replace(/\s+/g, ' ')];
        counted = { text: measure[1]!, start: cursor + measure[0].length - measure[1]!.length, end: cursor + measure[0].length };
        cursor += measure[0].length;
      }
      // The unit word belongs to the figure as read: "48,500 acres", "500 million soles".
      if (currencyWord || measure) end = cursor;
      const ofLink = /^\s+(?:of|in|for|on)\s+/i.exec(text.slice(cursor, cursor + 10));
      const wantsOf = token.takesOf || unit !== undefined;
      // "the most serious cases" after "300 of": a partitive names the counted thing too.
      const partitive = ofLink && /^\s+of\s/i.test(ofLink[0]);
      let phrase = (wantsOf || partitive) && ofLink ? phraseAfter(text, cursor + ofLink[0].length) : phraseAfter(text, cursor);
      if (!phrase && partitive && ofLink) phrase = phraseAfter(text, cursor + ofLink[0].length);
      const who = /^\s+who\b/i.test(text.slice(cursor, cursor + 8));
      if (token.spelled && !token.range && token.unit === undefined && !measure) {
        // A spelled-out number is a figure only when it counts something plural ("three people"), not in "the two agreed".
        if (!phrase || !phrase.text.split(/\s+/).some(isPlural)) continue;
      }
      if (phrase && !counted) counted = phrase;
      else if (phrase && measure && partitive) counted = phrase;
      let countedSpan: Span | undefined;
      let countedText = counted?.text ?? '';
      if (!counted && who) countedText = 'people';
      if (!counted && !who) {
        const back = nounBefore(text, sentence, start);
        if (back) counted = back;
        countedText = back?.text ?? '';
      }
      if (counted && (counted.start < start || counted.start >= end)) countedSpan = spanOf(paragraph.index, text, counted.start, counted.end);
      if (!unit) {
        const head = countedText.split(/\s+/).pop()?.toLowerCase() ?? '';
        unit = PERSON_NOUNS.has(head) || who ? 'people' : head || 'count';
      }
      const value = round(token.value);
      const range = token.range ?? (upperToken ? [token.value, upperToken.range?.[1] ?? upperToken.value] as [number, number] : undefined);
      const bound = range ? { qualifier: 'range' as const, lower: round(range[0]), upper: round(range[1]) } : bounds(kind, value);
      figures.push({
        mentions: [spanOf(paragraph.index, text, start, end)],
        value: range ? round(range[0]) : value,
        ...bound,
        unit,
        counted: countedText,
        ...(countedSpan ? { countedSpan } : {}),
        sentence: text.slice(sentence.start, sentence.end).trim(),
      });
    }
  }
  return figures;
}
