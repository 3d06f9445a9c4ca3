// Cues in a figure's sentence that say which quantity it is, beyond the counted noun: who gives
// the figure ("police said", "according to organisers") and what happened to the things counted
// ("killing 142 people", "1,100 injured"). Two outlets each quoting the police and the organisers
// report four figures for one crowd; only the police figures are comparable with each other.
import { foldText, STOPWORDS, stem } from './text';

// Verbs that attribute a figure to someone. "Confirmed" is left out: "people confirmed dead" would
// name the counted things as the source. "Reported" and "estimated" count only as verbs (see NOT_A_SUBJECT).
const ATTRIBUTION_VERB =
  /^(?:said|says|say|told|tells|estimated|estimates|estimate|claimed|claims|claim|put|puts|announced|announces|insisted|suggested|suggests|showed|shows|reported|reports)$/;
// Words that end a clause: an attribution does not reach across them.
const CLAUSE_WORDS = new Set(
  'that which who where and but while whereas as when because if after before since until although though'.split(' '),
);
const SOURCE_WORDS = 6;
// Heads that name no one in particular: a source ending in one ("transit officials", "union
// figures") may be the same body as another source with different words.
const VAGUE_HEADS = new Set(
  `he she they it we i you who official officials authorities government source sources report reports statement statements
  figure figures estimate estimates count counts tally tallies data record records spokesperson spokesman spokeswoman people person number`.split(/\s+/),
);
// Bodies a story names in full once and then refers back to ("the Metro Transit Authority" …
// "the agency"): as a source's head they do not tell it apart from another source.
const INSTITUTIONS = new Set(
  'agency authority ministry department company office board commission council association organization organisation service bureau administration'.split(' '),
);
// Words beside a source that say nothing about who it is.
const NOISE = new Set(
  `also later earlier initially initial preliminary latest new first local state national federal reporter reporters
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night week month year`.split(/\s+/),
);
// A verb right after one of these is a participle describing a noun ("an estimated 900", "a reported influx").
const NOT_A_SUBJECT = new Set(['a', 'an', 'the', 'of', 'to', 'at', 'in', 'for', 'by', 'with', 'on', 'from']);

/** A word of the sentence with where it stands. */
interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(sentence: string): Token[] {
  const folded = foldText(sentence);
  // Full stops inside one sentence belong to abbreviations ("U.S.", "a.m."), so they are not breaks.
  return [...folded.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[,;:()"]/gu)].map((m) => ({
    word: m[0].replace(/'s$/, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const isBreak = (token: Token) => /^[,;:()"]$/.test(token.word) || CLAUSE_WORDS.has(token.word);
// A relative clause after a figure still describes what it counts ("a dozen others who were still missing").
const RELATIVE = new Set(['who', 'that', 'which']);

/**
 * Who gives a figure: the words naming the source, and whether its head names a particular source
 * ("police", "the governor") rather than a vague one ("transit officials", "the agency").
 */
export interface FigureSource {
  words: Set<string>;
  named: boolean;
}

/** Who a phrase names, as stems without vague words; undefined when it names nobody in particular. */
function sourceOf(phrase: Token[]): FigureSource | undefined {
  const content = phrase.map((t) => t.word).filter((w) => !STOPWORDS.has(w) && !NOISE.has(w) && !/\d/.test(w));
  const words = content.filter((w) => !VAGUE_HEADS.has(w)).map(stem);
  if (words.length === 0) return undefined;
  const head = content[content.length - 1]!;
  return { words: new Set(words), named: !VAGUE_HEADS.has(head) && !INSTITUTIONS.has(head) };
}

/**
 * Who the sentence says gives the figure at [start, end) ("police said drew about 4,000" →
 * {police}), or undefined when it names no one in particular. An attribution before the figure
 * in the same sentence applies to it; one after it only when set off by a comma or a quote
 * ("More than 10,000 marched, organizers said"), since "rallied in a protest that police said drew
 * 4,000" does not attribute the rally's "thousands" to the police.
 */
export function figureSource(sentence: string, start: number, end: number): FigureSource | undefined {
  const all = tokens(sentence);
  let before: { source: FigureSource; at: number } | undefined;
  let after: { source: FigureSource; at: number } | undefined;
  const consider = (source: FigureSource | undefined, at: number, applies: boolean) => {
    if (!source || !applies) return;
    if (at < start) {
      if (!before || at > before.at) before = { source, at };
    } else if (at >= end && (!after || at < after.at)) after = { source, at };
  };
  all.forEach((token, i) => {
    if (token.word === 'according' && all[i + 1]?.word === 'to') {
      const phrase = takeWhile(all.slice(i + 2), SOURCE_WORDS);
      consider(sourceOf(phrase), token.start, true);
      return;
    }
    if (!ATTRIBUTION_VERB.test(token.word) || (token.start >= start && token.end <= end)) return;
    if (NOT_A_SUBJECT.has(all[i - 1]?.word ?? '')) return;
    // "put" attributes only as "put the crowd at 4,000"; "the storm put 3,000 homes under water" does not.
    if (/^puts?$/.test(token.word) && !all.some((t) => t.word === 'at' && t.start > token.end && t.end <= start)) return;
    // "police said": the phrase before the verb, back to the clause's start.
    const back = takeWhile(all.slice(0, i).reverse(), SOURCE_WORDS).reverse();
    const follows = token.start >= end;
    // "“…72 hours…,” said Ana Ruiz, a coordinator": nothing before the verb, so the source
    // follows it. Before the figure, "…, said the army would send 2,000" names no source.
    if (back.length === 0 && !follows) return;
    const phrase = back.length > 0 ? back : takeWhile(all.slice(i + 1), SOURCE_WORDS);
    const setOff = all[all.indexOf(back[0] ?? token) - 1];
    // An attribution after the figure applies only when set off from it.
    const applies = !follows || (setOff !== undefined && /^[,"]$/.test(setOff.word));
    consider(sourceOf(phrase), token.start, applies);
  });
  return (before ?? after)?.source;
}

function takeWhile(list: Token[], limit: number): Token[] {
  const taken: Token[] = [];
  for (const token of list) {
    if (isBreak(token) || ATTRIBUTION_VERB.test(token.word) || taken.length >= limit) break;
    taken.push(token);
  }
  return taken;
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
export function compareSources(a: FigureSource | undefined, b: FigureSource | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b) return 'unknown';
  for (const x of a.words) for (const y of b.words) if (sameWord(x, y)) return 'same';
  return a.named && b.named ? 'different' : 'unknown';
}

// What happened to the things counted. Word lists of news usage; each class is one quantity.
const OUTCOMES: [string, RegExp][] = [
  ['dead', /^(?:dead|deaths?|died|dies|dying|kill|kills|killed|killing|fatal|fatalities|fatality|toll|bodies|perished|drowned)$/],
  ['injured', /^(?:injur(?:ed|ies|y|ing)|wound(?:ed|s|ing)?|hurt)$/],
  ['missing', /^(?:missing|unaccounted)$/],
  ['rescued', /^(?:rescued|saved)$/],
  ['arrested', /^(?:arrests?|arrested|detained|detentions?)$/],
  ['displaced', /^(?:evacuated|evacuees|displaced|homeless)$/],
  ['hospitalised', /^(?:hospitali[sz]ed)$/],
];
const OUTCOME_WORDS_BEFORE = 10;
const OUTCOME_WORDS_AFTER = 6;

const outcomeOf = (word: string) => OUTCOMES.find(([, pattern]) => pattern.test(word))?.[0];

/**
 * What happened to the things a figure counts ("dead", "injured", "missing", …), from the counted
 * phrase if it says, else from the nearest such word in the figure's clause ("killing at least 142
 * people and injuring more than 900": 142 dead, 900 injured).
 */
export function figureOutcome(sentence: string, start: number, end: number, counted: string): string | undefined {
  const fromCounted = tokens(counted)
    .map((t) => outcomeOf(t.word))
    .find(Boolean);
  if (fromCounted) return fromCounted;
  const all = tokens(sentence);
  const content = (list: Token[], limit: number, relative: boolean) => {
    const found: { outcome: string | undefined; distance: number }[] = [];
    let distance = 0;
    for (const token of list) {
      if ((isBreak(token) && !(relative && RELATIVE.has(token.word))) || distance >= limit) break;
      if (STOPWORDS.has(token.word)) continue;
      distance++;
      found.push({ outcome: outcomeOf(token.word), distance });
    }
    return found.find((f) => f.outcome);
  };
  const before = content(all.filter((t) => t.end <= start).reverse(), OUTCOME_WORDS_BEFORE, false);
  const after = content(all.filter((t) => t.start >= end), OUTCOME_WORDS_AFTER, true);
  if (before && (!after || before.distance <= after.distance)) return before.outcome;
  return after?.outcome;
}
