// Stage 6 of reading figures: the cues that tell one quantity from another beyond what it counts.
// Who gives the figure, what happened to the things counted, whether it is a level, a change or
// a rate, an actual or a forecast or target, and the time it is true of.
import type { DateFact, FigureAsOf, FigureChange, FigureModality, FigureOutcome, PersonFact, TextRange } from '../types';
import type { TaggedToken } from '../grammar';
import {
  ATTRIBUTION_VERBS, CHANGE_ADVERBS, CHANGE_NOUNS, CHANGE_VERBS, FORECAST_CUES, FORECASTERS, OUTCOME_WORDS, RATE_CUES, TARGET_CUES,
} from '../lexicon/quantities';

/** What stage 6 sees of one figure. */
export interface CueContext {
  paragraph: number;
  text: string;
  /** Tagged words of the figure's sentence. */
  words: readonly TaggedToken[];
  /** [start, end) of the figure as written. */
  start: number;
  end: number;
  /** Where what it counts ends, when written after it. */
  countedEnd?: number;
  /** Words of what it counts, lower case. */
  counted: string;
  /** A sign written against the number ("+3,100", "−1,900"), as tables of changes do. */
  signed?: boolean;
}

const isBreak = (w: TaggedToken) =>
  (w.pos === 'PUNCT' && /^[,;:()—–"“”]$/.test(w.text)) || w.pos === 'SCONJ' || w.pos === 'CCONJ' || /^(?:that|which|who|whom|whose|where|when|while|as|if)$/.test(w.lower);
// A source phrase is a handful of words: "the state emergency management agency".
const SOURCE_WORDS = 6;
// A word after one of these is a participle describing a noun ("an estimated 900", "a reported influx").
const NOT_A_SUBJECT = new Set(['a', 'an', 'the', 'of', 'to', 'at', 'in', 'for', 'by', 'with', 'on', 'from']);

function phraseRange(words: readonly TaggedToken[]): TextRange | undefined {
  const content = words.filter((w) => w.pos !== 'DET' && w.pos !== 'PUNCT');
  if (!content.length) return undefined;
  const first = words.indexOf(content[0]!);
  const last = words.indexOf(content[content.length - 1]!);
  return { start: words[first]!.start, end: words[last]!.end };
}

function takeWhile(list: readonly TaggedToken[], limit: number): TaggedToken[] {
  const taken: TaggedToken[] = [];
  for (const w of list) {
    if (isBreak(w) || ATTRIBUTION_VERBS.has(w.lower) || taken.length >= limit || w.pos === 'VERB' || w.pos === 'AUX') break;
    taken.push(w);
  }
  return taken;
}

/**
 * Who the sentence says gives the figure: "according to X", or the subject of an attribution
 * verb ("police said", "organisers claimed"). An attribution before the figure applies to it; one
 * after it only when set off by a comma or a quote ("More than 10,000 marched, organizers said"),
 * since "a protest that police said drew 4,000" does not attribute an earlier figure to the police.
 */
export function readSource(context: CueContext, people: readonly PersonFact[]): { span: TextRange; person?: string } | undefined {
  const { words, start, end } = context;
  let before: { span: TextRange; at: number } | undefined;
  let after: { span: TextRange; at: number } | undefined;
  const consider = (span: TextRange | undefined, at: number, applies: boolean) => {
    if (!span || !applies) return;
    if (at < start) {
      if (!before || at > before.at) before = { span, at };
    } else if (at >= end && (!after || at < after.at)) after = { span, at };
  };
  words.forEach((w, i) => {
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      consider(phraseRange(takeWhile(words.slice(i + 2), SOURCE_WORDS)), w.start, true);
      return;
    }
    if (!ATTRIBUTION_VERBS.has(w.lower) || (w.start >= start && w.end <= end)) return;
    if (NOT_A_SUBJECT.has(words[i - 1]?.lower ?? '')) return;
    // "put" attributes only as "put the crowd at 4,000".
    if (/^puts?$/.test(w.lower) && !words.some((x) => x.lower === 'at' && x.start > w.end && x.end <= start)) return;
    const back = takeWhile([...words.slice(0, i)].reverse(), SOURCE_WORDS).reverse();
    const follows = w.start >= end;
    if (back.length === 0 && !follows) return;
    const phrase = back.length > 0 ? back : takeWhile(words.slice(i + 1), SOURCE_WORDS);
    const setOff = words[words.indexOf(back[0] ?? w) - 1];
    consider(phraseRange(phrase), w.start, !follows || (setOff !== undefined && /^[,"”]$/.test(setOff.text)));
  });
  const found = (before ?? after)?.span;
  if (!found) return undefined;
  const person = people.find((p) => p.mentions.some((m) => m.paragraph === context.paragraph && m.start < found.end && found.start < m.end));
  return { span: found, ...(person ? { person: person.id } : {}) };
}

const OUTCOME_OF = new Map<string, FigureOutcome>(
  (Object.entries(OUTCOME_WORDS) as [Exclude<FigureOutcome, 'other'>, readonly string[]][]).flatMap(([outcome, forms]) => forms.map((f) => [f, outcome] as const)),
);
const OUTCOME_REACH_BEFORE = 10;
const OUTCOME_REACH_AFTER = 6;

/**
 * What happened to the things counted: from what the figure counts if it says ("people injured",
 * "deaths"), else the nearest outcome word in the figure's clause ("killing at least 142 people
 * and injuring more than 900": 142 dead, 900 injured).
 */
export function readOutcome(context: CueContext): FigureOutcome | undefined {
  for (const word of context.counted.toLowerCase().split(/[^\p{L}]+/u)) {
    const outcome = OUTCOME_OF.get(word);
    if (outcome && outcome !== 'affected') return outcome;
  }
  const near = (list: readonly TaggedToken[], reach: number, relative: boolean) => {
    let distance = 0;
    for (const w of list) {
      if ((isBreak(w) && !(relative && /^(?:who|that|which)$/.test(w.lower))) || distance >= reach) break;
      if (w.pos === 'DET' || w.pos === 'ADP' || w.pos === 'AUX' || w.pos === 'PUNCT') continue;
      distance++;
      const outcome = OUTCOME_OF.get(w.lower) ?? OUTCOME_OF.get(w.lemma);
      if (outcome) return { outcome, distance };
    }
    return undefined;
  };
  const before = near([...context.words.filter((w) => w.end <= context.start)].reverse(), OUTCOME_REACH_BEFORE, false);
  const after = near(context.words.filter((w) => w.start >= (context.countedEnd ?? context.end)), OUTCOME_REACH_AFTER, true);
  const best = before && (!after || before.distance <= after.distance) ? before : after;
  return best?.outcome;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00A0]+');
// A rate cue within a few words after the figure or what it counts: "2,000 a day", "tens of thousands of migrants into the U.S. each month".
const RATE_AFTER = new RegExp(String.raw`^(?:[\s\u00A0]+(?:[\p{L}'’.-]+|\(.*?\))){0,5}?[\s\u00A0,]+(?:${RATE_CUES.map(escape).join('|')})(?![\p{L}])`, 'iu');
// How far a rate cue may stand from the figure: five words and the cue.
const RATE_REACH = 60;
const RATE_BEFORE = /\b(?:daily|weekly|monthly|annual|yearly|hourly)[\s\u00A0]+(?:average[\s\u00A0]+)?(?:of[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+){0,2}$/iu;

/** Whether a figure is a level, a change ("rose by 64,000", "a 3% rise", "up 41%") or a rate ("2,000 a day"). */
export function readChange(context: CueContext): FigureChange {
  const { text, words, start, end } = context;
  const countedEnd = context.countedEnd ?? end;
  if (RATE_AFTER.test(text.slice(countedEnd, countedEnd + RATE_REACH)) || RATE_AFTER.test(text.slice(end, end + RATE_REACH))) return 'rate';
  if (RATE_BEFORE.test(text.slice(Math.max(0, start - RATE_REACH), start))) return 'rate';
  const before = words.filter((w) => w.end <= start);
  const after = words.filter((w) => w.start >= (context.countedEnd ?? end));
  const previous = before[before.length - 1];
  const next = words.find((w) => w.start >= end);
  // "+3,100" in a table; "Change from January" in its column header.
  if (context.signed || context.counted.toLowerCase().split(/[^\p{L}]+/u).some((w) => CHANGE_NOUNS.has(w))) return 'change';
  // "a 3% rise", "a 64,000 increase", "3% higher".
  if (next && (CHANGE_NOUNS.has(next.lemma) || (next.pos === 'ADJ' && CHANGE_ADVERBS.has(next.lower)))) return 'change';
  // "up 41%", "down 3 points", "went up by 64,000".
  if (previous && CHANGE_ADVERBS.has(previous.lower) && previous.pos !== 'ADJ') return 'change';
  if (previous?.lower === 'by' && /^(?:up|down)$/.test(before[before.length - 2]?.lower ?? '')) return 'change';
  // "an increase of 6.2 percent".
  if (previous?.lower === 'of' && before[before.length - 2] && CHANGE_NOUNS.has(before[before.length - 2]!.lemma)) return 'change';
  // "climbed by 64,000", "fell 3%", "added 64,000 jobs" — but "rose to 145" states the new level.
  for (let i = before.length - 1; i >= 0 && i >= before.length - 3; i--) {
    const w = before[i]!;
    if (w.pos === 'VERB' && CHANGE_VERBS.has(w.lemma) && w.lemma !== 'go') return before.slice(i + 1).some((x) => x.lower === 'to') ? 'level' : 'change';
    if (w.lower !== 'by' && w.pos !== 'ADV') break;
  }
  void after;
  return 'level';
}

/** The words of the figure's clause before it and after it, up to clause breaks. */
function clauseOf(words: readonly TaggedToken[], start: number, end: number): { before: TaggedToken[]; after: TaggedToken[] } {
  const before: TaggedToken[] = [];
  for (const w of [...words.filter((x) => x.end <= start)].reverse()) {
    if (w.pos === 'PUNCT' && /^[;:—–()]$/.test(w.text)) break;
    before.unshift(w);
  }
  const after: TaggedToken[] = [];
  for (const w of words.filter((x) => x.start >= end)) {
    if (w.pos === 'PUNCT' && /^[,;:—–()]$/.test(w.text)) break;
    after.push(w);
  }
  return { before, after };
}

const MODAL_VERBS = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'should']);

/** Whether a figure is an actual, a forecast ("economists had pencilled in 40,000", "is seen at 4.8%") or a target ("aims to cut emissions by 40%"). */
export function readModality(context: CueContext): FigureModality {
  const { before, after } = clauseOf(context.words, context.start, context.end);
  const clause = [...before, ...after.slice(0, 4)];
  const forecasters = clause.some((w) => FORECASTERS.has(w.lower));
  // A modal verb governs the figure only within its comma-bounded phrase: in "X will join … amid an
  // influx of migrants, estimated at 6,000" the 6,000 is no forecast.
  const lastComma = before.map((w) => w.text).lastIndexOf(',');
  const near = new Set([...before.slice(lastComma + 1), ...after.slice(0, 4)]);
  const forecast = clause.some(
    (w) =>
      FORECAST_CUES.has(w.lower) &&
      (!MODAL_VERBS.has(w.lower) || near.has(w)) &&
      (!/^estimates?$/.test(w.lower) || forecasters) &&
      !(w.lower === 'seen' && before.indexOf(w) < 0),
  );
  if (TARGET_CUES.has(before.find((w) => TARGET_CUES.has(w.lower))?.lower ?? '')) return 'target';
  if (forecast) return 'forecast';
  return 'actual';
}

/** A date fact's place in the paragraph and the day it ends on. */
type DateMention = Pick<DateFact, 'start' | 'end' | 'granularity'> & { mention: TextRange };
const TIME = /\b(?:as[\s\u00A0]+of|by|at|until)[\s\u00A0]+(\d{1,2})(?::(\d{2}))?[\s\u00A0]*(a\.m\.|p\.m\.|am\b|pm\b)|\b(?:as[\s\u00A0]+of|by|at)[\s\u00A0]+(noon|midnight|midday)\b/i;

// Words that make the date after them the time a count stands at ("by Sunday evening", "as of
// Tuesday"); a date the sentence gives otherwise ("the quake that struck on Tuesday killed 9") is
// when the event happened, not when it was counted.
const AS_OF_CUE = /\b(?:as[\s\u00A0]+(?:of|at)|by|through|until|till|up[\s\u00A0]+to)[\s\u00A0]+$/i;
// "up from 77 on Saturday": a date right after the figure, in its clause, is its time.
const RIGHT_AFTER = /^[^,;.:]{0,30}?\b(?:on|by|as[\s\u00A0]+of|as[\s\u00A0]+at)[\s\u00A0]+$/i;

/**
 * The time a figure is true of: a date its clause gives with an as-of cue ("by Sunday evening",
 * "as of noon Tuesday", "77 on Saturday"), else the publication time.
 */
export function readAsOf(context: CueContext, sentence: TextRange, dates: readonly DateMention[], published: string): FigureAsOf | undefined {
  const inSentence = dates.filter(
    (d) =>
      d.mention.start >= sentence.start &&
      d.mention.end <= sentence.end &&
      (AS_OF_CUE.test(context.text.slice(Math.max(sentence.start, d.mention.start - 12), d.mention.start)) ||
        (d.mention.start >= context.end && RIGHT_AFTER.test(context.text.slice(context.end, d.mention.start)))),
  );
  const distance = (d: DateMention) => (d.mention.end <= context.start ? context.start - d.mention.end : Math.max(0, d.mention.start - context.end));
  const nearest = [...inSentence].sort((a, b) => distance(a) - distance(b))[0];
  const clause = context.text.slice(sentence.start, sentence.end);
  const time = TIME.exec(clause);
  const clock = time ? clockOf(time) : undefined;
  // A clock time is read in the report's own zone, the offset its publication time is written with.
  const zone = /(?:[+-]\d{2}:\d{2}|Z)$/.exec(published)?.[0] ?? '';
  if (nearest) return { date: clock ? `${nearest.end}T${clock}${zone}` : nearest.end, from: 'text' };
  if (clock && /^\d{4}-\d{2}-\d{2}/.test(published)) return { date: `${published.slice(0, 10)}T${clock}${zone}`, from: 'text' };
  return published ? { date: published, from: 'published' } : undefined;
}

function clockOf(match: RegExpExecArray): string {
  if (match[4]) return /midnight/i.test(match[4]) ? '00:00' : '12:00';
  let hour = Number(match[1]) % 12;
  if (/p/i.test(match[3]!)) hour += 12;
  return `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}`;
}
