// Reported quantities: the number, the bounds its wording allows, its unit and what it counts.
import { ABOUT_TOLERANCE, FRACTIONS, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE_QUANTITIES, type QualifierKind } from './lexicon/numbers';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, IRREGULAR_PLURALS, MEASURE_UNITS, PERSON_NOUNS } from './lexicon/units';
import { overlaps, sentenceAt, sentencesOf, spanOf, type SentenceRange } from './text';
import type { FigureFact, FigureQualifier, Paragraph } from './types';

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
  const lead = /(?:\s*(?:the|its|their|his|her|our|those|these|own|all|most)(?![\p{L}]))*/iuy;
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
    // "crew members", "staff members": a collective noun before "members" is a modifier.
    if (/['’]s?$/.test(word) || (isPlural(word) && !/^\s+members?\b/i.test(text.slice(re.lastIndex, re.lastIndex + 9)))) break;
  }
  if (!words.length) return null;
  return { text: text.slice(start, end), start, end };
}

function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || PERSON_NOUNS.has(lower) || (/[^su'’]s$/.test(lower) && lower.length > 3 && !/(?:ous|ss|is|us|ics)$/.test(lower));
}

// Words that may follow a percentage without being what it measures.
const NOT_AFTER_PERCENT = new Set(['below', 'above', 'ago', 'higher', 'lower', 'up', 'down', 'since', 'lead', 'margin']);

function percentNounAfter(text: string, from: number): Phrase | null {
  const phrase = phraseAfter(text, from, 2);
  if (!phrase) return null;
  const first = phrase.text.split(/\s+/)[0]!.toLowerCase();
  return NOT_AFTER_PERCENT.has(first) || first in NUMBER_WORDS ? null : phrase;
}

// A short complement that says which ones are counted: "homes without power", "years in prison",
// "migrant encounters at the southern border", "counts of fraud and conspiracy". Lower-case words only,
// so places and dates ("in Arequipa", "on Tuesday") stay out.
const COMPLEMENT = /\s+(?:of|in|at|without|with)\s+(?:(?:the|a|an)\s+)?([a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3})/y;

function withComplement(text: string, phrase: Phrase): Phrase {
  let end = phrase.end;
  // Coordinated heads: "schools and community colleges".
  const also = /^\s+and\s+/.exec(text.slice(end, end + 6));
  if (also) {
    const more = phraseAfter(text, end + also[0].length, 3);
    if (more && isPlural(more.text.split(/\s+/).pop()!) && /^\p{Ll}/u.test(more.text)) end = more.end;
  }
  // "homes near the harbor were without power": the state the counted things are in.
  const without = /^(?:\s+(?:near|in|at|across|around)\s+(?:the\s+)?[a-z-]+)?\s+(?:were|are|was|is|remain|remained|have\s+been|had\s+been)\s+(?:left\s+)?(without\s+[a-z]+)/.exec(text.slice(end, end + 80));
  if (without) return { text: `${text.slice(phrase.start, end)} ${without[1]}`, start: phrase.start, end };
  COMPLEMENT.lastIndex = end;
  const m = COMPLEMENT.exec(text);
  if (m) {
    const from = m.index + m[0].length - m[1]!.length;
    let kept = end;
    for (const word of m[1]!.matchAll(/[a-z-]+/g)) {
      if (PHRASE_STOP.has(word[0]) && word[0] !== 'and') break;
      if (word[0] !== 'and') kept = from + word.index + word[0].length;
    }
    end = kept;
  }
  return end === phrase.end ? phrase : { text: text.slice(phrase.start, end), start: phrase.start, end };
}

const MAGNITUDE = /\bmagnitude[-\s]$/i;
const TIME_UNITS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);

// Verbs of change whose subject is what the figure measures ("ridership has fallen 18 percent").
const CHANGE_VERB =
  /(?:^|\s)(?:(?:has|have|had|could|would|will|may|might|is|are|was|were|to)\s+)?(?:rose|rises?|risen|rising|fell|falls?|fallen|falling|dropped|drops?|dropping|climbed|climbs?|stood|stands?|reached|reach(?:es)?|remains?|remained|jumped|jumps?|increased|increases?|decreased|decreases?|declined|declines?|grew|grows?|grown|soared|plunged|surged|totall?ed|totals?|topped)\s+(?:to\s+|at\s+|by\s+)?$/i;
// Verbs whose object is counted people: "injuring more than 900" counts people injured.
const PEOPLE_VERBS: Record<string, string> = {
  killing: 'killed', killed: 'killed', kills: 'killed', injuring: 'injured', injured: 'injured', injures: 'injured',
  wounding: 'wounded', wounded: 'wounded', evacuating: 'evacuated', evacuated: 'evacuated', arresting: 'arrested',
  arrested: 'arrested', rescuing: 'rescued', rescued: 'rescued', displacing: 'displaced', displaced: 'displaced',
  hospitalizing: 'hospitalized', hospitalized: 'hospitalized', sickening: 'sickened', sickened: 'sickened',
};
// Nouns for a body of people: a "crowd of 4,000" is 4,000 people.
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance', 'audience', 'toll', 'death toll', 'workforce', 'population', 'membership', 'headcount']);
// Heads that mean little without the noun before them ("migrant encounters", "bus lines").
const COMPOUND_HEADS = new Set(['encounters', 'crossings', 'apprehensions', 'arrivals', 'lines', 'routes', 'claims', 'applications', 'requests', 'calls']);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;

interface CountedReading {
  text: string;
  span?: Phrase;
  /** The counted thing is people though no person noun says so ("injuring more than 900"). */
  personal: boolean;
}

// The noun phrase a clause is about, read from `from` up to `to`: "The death toll from the quake" → "death toll".
function subjectOf(text: string, from: number, to: number): Phrase | null {
  const words = [...text.slice(from, to).matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
  let i = 0;
  while (i < words.length && (DETERMINERS.test(words[i]![0]) || /['’]s?$/.test(words[i]![0]))) i++;
  const kept: RegExpMatchArray[] = [];
  for (; i < words.length && kept.length < 4; i++) {
    const word = words[i]![0];
    if (PHRASE_STOP.has(word.toLowerCase()) || (kept.length && /['’]s?$/.test(word))) break;
    kept.push(words[i]!);
  }
  if (!kept.length) return null;
  const last = kept.slice(-2);
  const start = from + last[0]!.index!;
  const end = from + last[last.length - 1]!.index! + last[last.length - 1]![0].length;
  return { text: text.slice(start, end), start, end };
}

// What a figure with no noun after it counts, read from the words before it.
function countedBefore(text: string, sentence: SentenceRange, start: number, end: number): CountedReading | null {
  const before = text.slice(Math.max(sentence.start, start - 120), start);
  const offset = start - before.length;
  // "the more than 11,000 who are waiting to enter the country": people, and what they do.
  const who = /^\s+who\s+(?:are|were|is|was|have\s+been|had\s+been)?\s*((?:[a-z]+ing|[a-z]+ed)(?:\s+(?!(?:in|on|at|from|since|for|after|before|while|because|but|and)\b)[a-z][\p{L}'’-]*|\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*){0,5})/iu.exec(text.slice(end, end + 80));
  if (/^\s+who\b/i.test(text.slice(end, end + 6))) return { text: who?.[1] ? `people ${who[1].trim()}` : 'people', personal: true };
  const verb = /\b([a-z]+)\s+$/i.exec(before)?.[1]?.toLowerCase();
  if (verb && PEOPLE_VERBS[verb]) return { text: `people ${PEOPLE_VERBS[verb]}`, personal: true };
  if (/\b(?:up|higher)\s+$/i.test(before)) return { text: 'increase', personal: false };
  if (/\b(?:down|lower)\s+$/i.test(before)) return { text: 'decrease', personal: false };
  // "a turnout of more than 10,000", "an increase of 6.2 percent".
  const ofNoun = /\b(?:a|an|the|its|their)\s+((?:[a-z-]+\s+)?[a-z-]+)\s+of\s+$/i.exec(before);
  // "Police put the crowd at about 4,000".
  const putAt = /\b(?:put|puts|putting|estimated|estimates?|placed|pegged)\s+(?:the|its|their)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+at\s+$/i.exec(before);
  // "a crowd closer to 5,000".
  const named = /\b(?:a|an|the)\s+([a-z][a-z-]+)\s+$/i.exec(before);
  for (const m of [ofNoun, putAt, named]) {
    if (!m) continue;
    const words = m[1]!.split(/\s+/).filter((w) => !PHRASE_STOP.has(w.toLowerCase()));
    if (!words.length || words.some((w) => w.toLowerCase() in NUMBER_WORDS)) continue;
    const text = words.join(' ');
    const at = offset + m.index + m[0].lastIndexOf(text);
    return { text, span: { text, start: at, end: at + text.length }, personal: CROWD_NOUNS.has(words[words.length - 1]!.toLowerCase()) };
  }
  // "The state's unemployment rate stood at 5.4 percent": the subject of a verb of change.
  const change = CHANGE_VERB.exec(before);
  if (change) {
    const clause = before.slice(0, change.index);
    const boundary = Math.max(0, ...[...clause.matchAll(/(?:[,;:—–]|\b(?:said|says|that|which|while|and|but|as|when)\b)\s*/gi)].map((b) => b.index + b[0].length));
    const subject = subjectOf(text, offset + boundary, offset + change.index);
    if (subject) return { text: subject.text, span: subject, personal: CROWD_NOUNS.has(subject.text.toLowerCase()) || CROWD_NOUNS.has(subject.text.toLowerCase().split(/\s+/).pop()!) };
  }
  const back = nounBefore(text, sentence, start);
  return back ? { text: back.text, span: back, personal: false } : null;
}

// The nearest plural noun before `before` in the sentence ("a new wave of evacuees, estimated at 4,000"),
// skipping the word right before the figure, which is a verb when it ends in -s ("the budget spends $3 billion").
function nounBefore(text: string, sentence: SentenceRange, before: number): Phrase | null {
  const window = text.slice(Math.max(sentence.start, before - 160), before);
  const offset = before - window.length;
  const words = [...window.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const lower = w[0].toLowerCase();
    if (PHRASE_STOP.has(lower) || /^\p{Lu}/u.test(w[0])) continue;
    if (i === words.length - 1 && /^\s*$/.test(window.slice(w.index + w[0].length))) continue;
    // A word after a noun or pronoun is its verb ("the deal drops", "it borrows").
    const previous = words[i - 1]?.[0].toLowerCase();
    if (previous && /^(?:it|that|which|who|also|he|she|they|budget|plan|deal|bill|company|government|state|city|agency)$/.test(previous)) continue;
    if (isPlural(w[0]) && !/(?:ed|ing)$/.test(lower) && !['has', 'was', 'does', 'is', 'its', 'thus', 'plus'].includes(lower)) {
      return { text: w[0], start: offset + w.index, end: offset + w.index + w[0].length };
    }
  }
  return null;
}

// A figure's unit from the noun that counts it: people for person nouns, the noun itself otherwise.
function unitOf(counted: string, personal: boolean): string {
  const words = counted.toLowerCase().split(/\s+/).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  if (personal || PERSON_NOUNS.has(head)) return 'people';
  if (!head || !isNounLike(head)) return 'count';
  const modifier = words[words.length - 2];
  if (modifier && COMPOUND_HEADS.has(head) && isNounLike(modifier) && !/(?:ed|al|ive|ous|ic|ern)$/.test(modifier)) return `${modifier} ${head}`;
  return head;
}

// Past tenses and other non-nouns that sometimes stand after a number ("3 went", "7.1 struck").
function isNounLike(word: string): boolean {
  return !PHRASE_STOP.has(word) && !/(?:ed)$/.test(word) && !/^(?:went|struck|rose|fell|grew|came|left|took|gave|made|ran|hit|led|won|lost|saw|got|put|set|cut)$/.test(word);
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
      // An age in apposition: "Smith, 58, said", "said Smith, 34."
      if (!token.spelled && /^\s*(?:[,.;)]|$)/.test(after) && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(before) && token.value < 120) continue;
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
      // A parenthetical conversion ("500 million soles ($134 million) in aid") sits between a sum and its purpose.
      if (unit !== undefined) cursor += /^\)?(?:\s*\([^)]{1,40}\))?/.exec(text.slice(cursor, cursor + 50))![0].length;
      const ofLink = /^\s+(?:of\s+|(?:in|for|on)\s+(?![\p{Lu}\d]))/u.exec(text.slice(cursor, cursor + 10));
      const wantsOf = token.takesOf || unit !== undefined;
      // "the most serious cases" after "300 of": a partitive names the counted thing too.
      const partitive = ofLink && /^\s+of\s/i.test(ofLink[0]);
      // A percentage is followed by its noun only when that noun is what changed ("a 9% increase"), not in "45 percent two years ago".
      const direct = unit === 'percent' || unit === 'percentage points' ? percentNounAfter(text, cursor) : phraseAfter(text, cursor);
      let phrase = (wantsOf || partitive) && ofLink ? phraseAfter(text, cursor + ofLink[0].length) : direct;
      if (!phrase && partitive && ofLink) phrase = phraseAfter(text, cursor + ofLink[0].length);
      if (token.spelled && !token.range && token.unit === undefined && !measure) {
        // A spelled-out number is a figure only when it counts something plural ("three people"), not in "the two agreed".
        if (!phrase || !phrase.text.split(/\s+/).some(isPlural)) continue;
      }
      if (phrase && !counted) counted = phrase;
      else if (phrase && measure && partitive) counted = phrase;
      const core = counted;
      if (counted) counted = withComplement(text, counted);
      let countedText = counted?.text ?? '';
      let personal = false;
      const magnitude = MAGNITUDE.test(before.slice(-12)) || /^[-\s]magnitude\b/i.test(text.slice(end, end + 12));
      if (magnitude) {
        unit = 'magnitude';
        const shock = /^[-\s](?:magnitude\s)?((?:earth)?quake|tremor|aftershock)\b/i.exec(text.slice(end, end + 24));
        countedText = shock?.[1] ?? 'magnitude';
        counted = null;
      } else if (measure && counted === core && !TIME_UNITS.has(unit ?? '')) {
        // "temperatures above 100 degrees", "gusts of 45 mph": the measured thing stands before the figure.
        const measured = /\b([a-z][a-z-]+)\s+(?:above|below|over|under|of|near|exceeding|topping|reaching)\s+$/.exec(before);
        if (measured && isPlural(measured[1]!) && !PHRASE_STOP.has(measured[1]!)) {
          const at = start - before.length + measured.index;
          counted = { text: measured[1]!, start: at, end: at + measured[1]!.length };
          countedText = measured[1]!;
        }
      } else if (!counted) {
        const back = countedBefore(text, sentence, start, end);
        if (back) {
          countedText = back.text;
          counted = back.span ?? null;
          personal = back.personal;
        }
      }
      const countedSpan = counted && (counted.start < start || counted.start >= end) && text.slice(counted.start, counted.end) === countedText ? spanOf(paragraph.index, text, counted.start, counted.end) : undefined;
      if (!unit) unit = unitOf(core && counted === core ? core.text : core?.text ?? countedText, personal);
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
