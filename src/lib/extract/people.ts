// Named people: each found by a run of capitalised words, given the title the outlet uses, and
// followed through every later mention (surname, title + surname, role, possessive).
import {
  GOVERNMENT_BODY_WORDS, GOVERNMENT_UNITS, HEAD_OF_GOVERNMENT_TITLES, HONORIFICS, OFFICIAL_HEADS, OFFICIAL_WHEN_PUBLIC, OTHER_HEADS, PRIVATE_BODY_WORDS,
  PUBLIC_BODY_WORDS, SPOKESPERSON_HEADS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS,
} from './lexicon/titles';
import {
  COMPOUND_ADJECTIVE_ENDINGS, NAME_AS_MODIFIER, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_WORDS, SENTENCE_OPENERS, TITLE_CASE_FUNCTION_WORDS,
} from './lexicon/names';
import { MONTHS, WEEKDAYS } from './lexicon/calendar';
import { isKnownFamilyName, isKnownGivenName, isKnownOrganisation, isKnownPlace } from './nameLexicon';
import { foldText, spanOf, wordsOf, type Word } from '../text';
import { isPersonish, nounLemma } from './figures/words';
import { sensesOf, usage } from '../wordnet';
import type { Paragraph, PersonFact, PersonMention, PersonMentionForm } from './types';

/** A person before it gets an id. */
export type PersonReading = Omit<PersonFact, 'id' | 'article' | 'kind'>;

interface Token extends Word {
  /** The word without a possessive ending. */
  base: string;
  lower: string;
  possessive: boolean;
  capitalised: boolean;
  sentenceInitial: boolean;
  /** Written all in capitals ("SANTINO"), as court lists and captions do; read as "Santino". */
  shouted: boolean;
}

/** A name found in the text, before it is tied to a person. */
interface Candidate {
  paragraph: number;
  /** Name tokens only (no title). */
  tokens: Token[];
  title?: { text: string; start: number };
  /** A role given in an appositive when the title is only an honorific ("Dr. X, the state's chief medical officer"). */
  role?: string;
  /** The run started right after "the", "in", "at": a thing or a place unless a title says otherwise. */
  weakContext: boolean;
  /** Why the run may name a thing rather than a person, unless the article calls the surname a person elsewhere ("Mr Furlong"). */
  thing?: string;
  /** The words around the name say it is a person: an age, "who", or "he"/"she" later in the sentence. */
  personal: boolean;
}

// British and many other styles write "Dr", "Sgt", "Mrs" without the period the lexicon lists,
// and "Vice-President" with a hyphen.
const knownHead = (lower: string, heads: ReadonlySet<string>): boolean =>
  heads.has(lower) ||
  (!lower.endsWith('.') && heads.has(`${lower}.`)) ||
  (lower.includes('-') && heads.has(lower.replace(/-/g, ' '))) ||
  // "Senators Jane Ashford and Tom Ruiz": a plural title of office shared by the names after it
  // (not "Lawyers for Reese").
  (heads === OFFICIAL_HEADS && /[^s]s$/.test(lower) && lower.length > 4 && heads.has(lower.slice(0, -1)));
// "Governor-elect", "President-designate": a title someone is about to hold, not one they hold.
const PENDING_TITLE = /^(.+)-(?:elect|designate)$/;
const isHead = (lower: string) =>
  knownHead(lower, OFFICIAL_HEADS) || knownHead(lower, OTHER_HEADS) || knownHead(lower, HONORIFICS) || (PENDING_TITLE.test(lower) && knownHead(PENDING_TITLE.exec(lower)![1]!, OFFICIAL_HEADS));
const isHonorific = (lower: string) => knownHead(lower, HONORIFICS);
/** Honorifics written out ("Professor", "Doctor") to the form the lexicon lists ("prof.", "dr."). */
const HONORIFIC_ABBREVIATIONS = new Map(Object.entries(TITLE_ABBREVIATIONS).filter(([short]) => HONORIFICS.has(short)).map(([short, long]) => [long, short]));
const normal = (s: string) => foldText(s);
const BODY_WORDS = new Set([...GOVERNMENT_BODY_WORDS, ...PUBLIC_BODY_WORDS, ...PRIVATE_BODY_WORDS]);
const WEEKDAY_NAMES = new Set(Object.keys(WEEKDAYS));
const titleCase = (word: string) => word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());

function tokensOf(text: string): Token[] {
  return wordsOf(text).map((word) => {
    let base = word.text;
    let possessive = false;
    if (/['’]s$/.test(base)) {
      base = base.slice(0, -2);
      possessive = true;
    } else if (/^['’](?![\p{L}])/u.test(text.slice(word.end, word.end + 2)) && /s$/.test(base)) {
      possessive = true;
    }
    const parts = base.split(/[-‐]/);
    // "Smith-Jones", "Wai-man" (a short lower-case half of a given name), "al-Rashid" (a particle
    // before a capital); not "Obama-era" or "Trump-backed".
    const laterParts = parts.slice(1).every(
      (part) => /^\p{Lu}/u.test(part) || NAME_PARTICLES.has(part.toLowerCase()) || (part.length <= 4 && /^\p{Ll}+$/u.test(part) && !COMPOUND_ADJECTIVE_ENDINGS.has(part)),
    );
    const particleFirst = parts.length > 1 && NAME_PARTICLES.has(parts[0]!.toLowerCase()) && parts.slice(1).every((part) => /^\p{Lu}/u.test(part));
    const shouted = /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u.test(base);
    const capitalised = (/^\p{Lu}/u.test(base) && (/\p{Ll}/u.test(base) || /^\p{Lu}\.$/u.test(base)) && laterParts) || particleFirst;
    const before = text.slice(Math.max(0, word.start - 4), word.start);
    const sentenceInitial = word.start === 0 || /(?:[.!?]["”’)]?\s+|["“‘(—–:]\s*)$/u.test(before);
    return { text: word.text, start: word.start, end: word.start + base.length, base, lower: base.toLowerCase(), possessive, capitalised, sentenceInitial, shouted };
  });
}

/**
 * Names written in capitals ("SOPHY SANTINO, 34, was charged") are read as names when the run of
 * capitals is two to four words and either names a known given name or is followed by an age.
 */
function readShouting(text: string, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && tokens[j]!.shouted && (j === i || onlySpace(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))) j++;
    const run = tokens.slice(i, j);
    const aged = /^,[\s\u00A0]*\d{1,3}[\s\u00A0]*[,.)]/.test(text.slice(run[run.length - 1]?.end ?? 0));
    if (run.length >= 2 && run.length <= 4 && (aged || run.some((t) => isKnownGivenName(t.lower)))) {
      for (const t of run) Object.assign(t, { capitalised: true, base: titleCase(t.base) });
    }
    i = Math.max(j, i + 1);
  }
}

function nameLike(token: Token): boolean {
  return (token.capitalised && !NON_NAME_WORDS.has(token.lower) && !isHead(token.lower) && !TITLE_MODIFIERS.has(token.lower)) || (NAME_SUFFIXES.has(token.lower) && token.capitalised);
}

/** "Min-seo", "Eun-ji", "Wai-man": a given name romanised in two halves, the second in lower case. */
const ROMANISED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}{1,4}$/u;

/** A month or weekday word: "May" and "April" may be names; a weekday never is. */
const isWeekday = (token: Token) => WEEKDAY_NAMES.has(token.lower) && token.capitalised;
const isMonthWord = (token: Token) => token.lower in MONTHS && token.capitalised;

const onlySpace = (s: string) => /^[ \u00A0]{1,2}$/.test(s);

// Runs of capitalised words separated by single spaces, allowing name particles and "of" after
// a title ("Secretary of State"). A possessive ends its run.
function runsOf(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run[run.length - 1]!.capitalised) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run[run.length - 1];
    const joined = previous !== undefined && onlySpace(text.slice(previous.start + previous.text.length, token.start)) && !previous.possessive;
    // A particle links when the words after it, past any further particles, reach a capital ("de la Fuente").
    let ahead = i + 1;
    while (ahead < tokens.length && NAME_PARTICLES.has(tokens[ahead]!.lower) && !tokens[ahead]!.capitalised) ahead++;
    const next = tokens[ahead];
    const nextCap = next !== undefined && next.capitalised && onlySpace(text.slice(tokens[ahead - 1]!.start + tokens[ahead - 1]!.text.length, next.start));
    // A particle links, or opens a name ("backed de Marco"); "of" links a title ("Secretary of State").
    const linking = !token.capitalised && nextCap && (NAME_PARTICLES.has(token.lower) || (previous !== undefined && token.lower === 'of' && ahead === i + 1 && isHead(previous.lower)));
    // "President Ana Ruiz Friday evening": a weekday is no part of a name, unless a title stands
    // right before it and a name right after ("Governor Monday Okpebholo").
    const givenWeekday = previous !== undefined && joined && isHead(previous.lower) && nextCap && ahead === i + 1 && nameLike(tokens[ahead]!);
    if (isWeekday(token) && !givenWeekday) {
      flush();
      continue;
    }
    if (token.capitalised || linking) {
      if (!joined) flush();
      run.push(token);
    } else flush();
  }
  flush();
  return runs;
}

// A title written in lower case or split from the name ("interior ministry adviser Ana Smith-Jones").
function titleBefore(text: string, tokens: Token[], first: number, needHead = true): { text: string; start: number } | undefined {
  let from = first;
  let sawHead = !needHead;
  for (let i = first - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (!onlySpace(text.slice(token.start + token.text.length, tokens[i + 1]!.start)) || token.possessive) break;
    // "said fisherman Abul Kalam", "actor Tom Hanks": a lower-case word for a person right before the name.
    if (isHead(token.lower) || (i === first - 1 && !token.capitalised && isPersonWord(token))) sawHead = true;
    // "Minister for Finance", "Secretary of State for Health": a title reaches across "for" and "of".
    else if (/^(?:for|of)$/.test(token.lower) && tokens[i - 1] && isHead(tokens[i - 1]!.lower)) continue;
    // "agency spokeswoman", "union leader": a word for a body before the head belongs to the title.
    else if (!(token.capitalised && !SENTENCE_OPENERS.has(token.lower)) && !TITLE_MODIFIERS.has(token.lower) && !BODY_WORDS.has(token.lower)) break;
    if (!sawHead) break;
    from = i;
  }
  if (!sawHead || from === first) return undefined;
  const start = tokens[from]!.start;
  return { text: text.slice(start, tokens[first - 1]!.end), start };
}

// An appositive after the name: "Maria Gomez, a spokeswoman for the city, said".
function titleAfter(text: string, end: number): { text: string; start: number } | undefined {
  const m = /^,[\s\u00A0]+(?:(?:the|a|an)[\s\u00A0]+)?([^,.;:“”"()]{2,90}?)(?=[,.;)]|[\s\u00A0]+(?:said|says|told|who)\b)/u.exec(text.slice(end, end + 110));
  if (!m?.[1]) return undefined;
  const words = m[1].split(/[\s\u00A0]+/);
  if (SENTENCE_OPENERS.has(words[0]!.toLowerCase()) && !/^(?:the|a|an)[\s\u00A0]/i.test(m[0].slice(1).trimStart())) return undefined;
  if (words.length > 10 || !words.slice(0, 6).some((w) => isHead(w.toLowerCase()))) return undefined;
  if (/^\p{Lu}/u.test(words[0]!) && words.length > 1 && !isHead(words[0]!.toLowerCase()) && !TITLE_MODIFIERS.has(words[0]!.toLowerCase()) && /^\p{Lu}/u.test(words[1]!) && !isHead(words[1]!.toLowerCase())) return undefined;
  const start = end + m[0].length - m[1].length;
  return { text: m[1], start };
}

// An appositive before the name: "A spokesman for the Interior Ministry, Kostas Pappas, said".
function titleBeforeComma(text: string, start: number, end: number): { text: string; start: number } | undefined {
  if (!/^(?:['’]s)?,/u.test(text.slice(end, end + 3))) return undefined;
  // "…," the operations commander, André Fontes Callado, told…; "Ontario's chief mining inspector, Gordon Achterberg, said".
  const m = /(?:^|[.;:!?]["”’]?[\s\u00A0]+|,["”’]?[\s\u00A0]+|[\s\u00A0])((?:[Aa]n?|[Tt]he)[\s\u00A0]+|\p{Lu}[\p{L}.-]*['’]s[\s\u00A0]+)([^,.;:“”"()]{2,80}),[\s\u00A0]+$/u.exec(text.slice(Math.max(0, start - 100), start));
  if (!m?.[2]) return undefined;
  // The possessive belongs to the title ("Ontario's chief mining inspector"); an article does not.
  const title = /^(?:an?|the)[\s\u00A0]/i.test(m[1]!) ? m[2] : m[1]! + m[2];
  const words = m[2].split(/[\s\u00A0]+/);
  if (words.length > 10 || !words.slice(0, 4).some((w) => isHead(w.toLowerCase()))) return undefined;
  return { text: title, start: start - m[0].length + m[0].indexOf(title) };
}

// "Will Kerr, the agency director, said": a capitalised word that usually opens a sentence
// ("Will", "May") is a given name when a name follows it and the sentence goes on to say who
// this is, by an appositive title or a verb of speech.
function introducesPerson(text: string, run: Token[]): boolean {
  const last = run[run.length - 1]!;
  const after = text.slice(last.end, last.end + 110);
  return !!titleAfter(text, last.end) || /^[\s\u00A0]+(?:said|says|told|added|announced|wrote)\b/.test(after);
}

/** Where the name starts in a run: after the last title word, or by reading name-like words back from the end. */
function nameStartOf(run: Token[]): number {
  const particle = (t: Token | undefined) => t !== undefined && !t.capitalised && NAME_PARTICLES.has(t.lower);
  // A month is a name next to a given name ("Theresa May", "April Ryan").
  // "Park Eun-ji": before a romanised given name, even a word such as "Park" is a family name.
  const named = (i: number) => nameLike(run[i]!) || (run[i]!.capitalised && !isHead(run[i]!.lower) && ROMANISED_GIVEN_NAME.test(run[i + 1]?.base ?? '')) || (isMonthWord(run[i]!) && ((i > 0 && nameLike(run[i - 1]!)) || (i + 1 < run.length && nameLike(run[i + 1]!))));
  // "Singer Giulia Ferrante": a word for a person before a full name is a title, unless it is a given name itself.
  const titleWord = (t: Token, i: number) => isHead(t.lower) || (i === 0 && run.length >= 3 && isPersonWord(t));
  const headAt = run.map((t, i) => i < run.length - 1 && titleWord(t, i)).lastIndexOf(true);
  // "Mayor Bill de Vries": after a title, the rest of the run is the name, even a word such as
  // "Bill"; "Secretary of State Antony Blinken": the body after "of" still belongs to the title.
  if (headAt >= 0 && run[headAt + 1]?.lower !== 'of') return headAt + 1;
  let start = run.length;
  while (start > Math.max(0, headAt + 1) && (named(start - 1) || (particle(run[start - 1]) && (start === 1 || named(start - 2) || particle(run[start - 2]))))) start--;
  return start;
}

// WordNet's kinds of things: a name ending in such a word, when no known given name comes first and
// the word is no known family name, names an organisation or a thing ("Vindhya Cement", "Koreni
// Dam", "Official Cash Rate"). Places and natural objects are left out: too many family names are
// such words ("Hill", "Field", "Lund").
const THING_KINDS = new Set([
  'noun.artifact', 'noun.group', 'noun.phenomenon', 'noun.possession', 'noun.communication', 'noun.act', 'noun.substance',
  'noun.quantity', 'noun.event', 'noun.cognition', 'noun.attribute', 'noun.shape', 'noun.process', 'noun.state', 'noun.time',
]);
const isThingWord = (token: Token) => {
  if (isKnownGivenName(token.lower) || isKnownFamilyName(token.lower)) return false;
  const plural = nounLemma(token.lower) !== token.lower;
  const first = sensesOf(nounLemma(token.lower))[0];
  return !!first && first.lexname !== 'noun.person' && (plural || THING_KINDS.has(first.lexname));
};
// "Singer", "Distributor": a word for a person (WordNet's first sense), used as a title before a full name.
const isPersonWord = (token: Token) => {
  if (NON_NAME_WORDS.has(token.lower) || TITLE_MODIFIERS.has(token.lower) || isKnownGivenName(token.lower)) return false;
  return sensesOf(token.lower)[0]?.lexname === 'noun.person' && usage(token.lower, 'n') >= usage(token.lower, 'a');
};
const isAdjectiveWord = (token: Token) => usage(token.lower, 'a') > 0 && usage(token.lower, 'a') > usage(token.lower, 'n') && !isKnownGivenName(token.lower);

// Signs that a capitalised run names a thing, not a person (used only when no title says "person").
const notAPerson: ReadonlyArray<readonly [string, (text: string, run: Token[], name: Token[]) => boolean]> = [
  // "Hong Kong", "Buenos Aires": a place or an organisation compromise's lexicon knows.
  ['a known place or organisation', (_, __, name) => isKnownPlace(name.map((t) => t.base).join(' ')) || isKnownOrganisation(name.map((t) => t.base).join(' '))],
  // "Abide With Me": capitalised function words belong to titles of works, never to names.
  ['a title of a work', (_, __, name) => name.slice(1).some((t) => t.capitalised && TITLE_CASE_FUNCTION_WORDS.has(t.lower))],
  // "Gross Domestic Product": a phrase WordNet knows as something other than a person.
  ['a term', (_, __, name) => name.length >= 2 && (sensesOf(name.map((t) => t.lower).join(' '))[0]?.lexname ?? 'noun.person') !== 'noun.person'],
  // "the sitcom Harbour Lights", "the novel Silent Rivers": the name of the thing before it.
  ['the name of a thing', (text, run) => {
    const before = /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[\s\u00A0]+(\p{Ll}+)[\s\u00A0]+$/u.exec(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start));
    if (!before) return false;
    const noun = before[1]!;
    return !isHead(noun) && !isPersonish(noun) && sensesOf(noun).length > 0 && usage(noun, 'n') >= usage(noun, 'a');
  }],
  // "Vindhya Cement", "Tana Delta", "Bluestone Pictures": a word for a kind of thing last, and no known given name first.
  ['ends in a word for a thing', (_, __, name) => name.length >= 2 && !isKnownGivenName(name[0]!.lower) && isThingWord(name[name.length - 1]!)],
  // "Neighbouring Bihor", "Civic Studies": an adjective or a participle first.
  ['starts with an adjective', (_, __, name) => {
    const first = name[0]!;
    const participle = first.sentenceInitial && /(?:ing|ed)$/.test(first.lower) && !isKnownGivenName(first.lower);
    return name.length >= 2 && (isAdjectiveWord(first) || participle) && !NAME_PARTICLES.has(first.lower);
  }],
  // "Festival della Canzone di Lucca": the words after a particle inside a longer capitalised name.
  ['part of a longer name', (_, run, name) => {
    const before = run[run.length - name.length - 1];
    return !!before && !before.capitalised && NAME_PARTICLES.has(before.lower) && !run.slice(0, run.length - name.length).some((t) => isHead(t.lower));
  }],
  // "MV Princess Ashika", "HMS Queen Elizabeth": a vessel.
  ['a vessel', (text, run) => /(?:^|[^\p{L}])(?:MV|MS|MT|HMS|USS|RMS|SS|INS|HMAS|HMNZS|FV|MY)[\s\u00A0]+$/u.test(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start))],
  // "Oslo Finans": a place first, and no known given name.
  ['starts with a place', (_, __, name) => name.length >= 2 && !isKnownGivenName(name[0]!.lower) && isKnownPlace(name[0]!.base)],
  // "Wadi Karam, a dry riverbed": an appositive that says it is a thing.
  ['described as a thing', (text, __, name) => {
    const last = name[name.length - 1]!;
    const appositive = /^,[\s\u00A0]+(?:a|an|the)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+){0,3}?(\p{Ll}+)[\s\u00A0]*[,.;]/u.exec(text.slice(last.end, last.end + 80));
    return !!appositive && !isHead(appositive[1]!) && !isPersonish(appositive[1]!);
  }],
];

// "Declan Furlong (56)", "Arvid Nesheim, 68,", "Ana Ruiz, who", "X said he would": only people
// are given an age, "who", or "he" and "she"; organisations take "which" and "it". Quotations
// after '," said' come from people, and hyphenated given names are romanised people's names.
function personalContext(text: string, start: number, end: number, name: Token[]): boolean {
  if (name.some((t) => ROMANISED_GIVEN_NAME.test(t.base))) return true;
  // "…," said Abul Kalam: a quotation's speaker.
  // (Not "said Rete Uno chief executive Lorenza Pecci": there the speaker comes later.)
  if (/["”’][\s\u00A0]+(?:said|says|added|asked|told)[\s\u00A0]+(?:\p{Ll}+[\s\u00A0]+)?$/u.test(text.slice(Math.max(0, start - 40), start)) && /^(?:['’]s)?(?:[,.;:]|$)/u.test(text.slice(end, end + 3))) return true;
  const after = text.slice(end, end + 200).replace(/^['’]s?/, '');
  if (/^(?:,[\s\u00A0]*\d{1,3}[\s\u00A0]*[,.);]|[\s\u00A0]*\(\d{1,3}\)|,?[\s\u00A0]+who\b)/u.test(after)) return true;
  const sentence = /^[^.!?]*/.exec(after)![0];
  return /(?<![\p{L}])(?:he|she|his|her|him|himself|herself)(?![\p{L}])/u.test(sentence);
}

function candidatesOf(paragraph: Paragraph): Candidate[] {
  const text = paragraph.text;
  const tokens = tokensOf(text);
  readShouting(text, tokens);
  const indexOf = new Map(tokens.map((t, i) => [t, i]));
  const found: Candidate[] = [];
  for (let run of runsOf(text, tokens)) {
    while (run.length && run[0]!.sentenceInitial && SENTENCE_OPENERS.has(run[0]!.lower) && !(run.length >= 2 && introducesPerson(text, run))) run = run.slice(1);
    if (!run.length) continue;
    let nameStart = nameStartOf(run);
    while (nameStart < run.length && NAME_SUFFIXES.has(run[nameStart]!.lower)) nameStart++;
    const name = run.slice(nameStart);
    // The name must end the run ("Biden Administration" and "Rose Garden" name something else) and
    // hold a capitalised word that is not a particle.
    const lastToken = name[name.length - 1];
    if (!lastToken || name.every((t) => NAME_SUFFIXES.has(t.lower) || !t.capitalised)) continue;
    if (!nameLike(lastToken) && !(isMonthWord(lastToken) && name.length >= 2)) continue;
    const prefix = run.slice(0, nameStart);
    const firstIndex = indexOf.get(name[0]!)!;
    let title: Candidate['title'];
    if (prefix.some((t, i) => isHead(t.lower) || (i === 0 && isPersonWord(t)))) {
      const headAt = prefix.map((t, i) => isHead(t.lower) || (i === 0 && isPersonWord(t))).lastIndexOf(true);
      const titleTokens = prefix.slice(0, Math.max(headAt + 1, prefix.length));
      const lead = titleBefore(text, tokens, indexOf.get(prefix[0]!)!, false);
      const start = lead?.start ?? titleTokens[0]!.start;
      title = { text: text.slice(start, titleTokens[titleTokens.length - 1]!.end), start };
    } else if (!prefix.length || prefix.every((t) => TITLE_MODIFIERS.has(t.lower) || NON_NAME_WORDS.has(t.lower))) {
      // "Minister for Finance Declan Furlong": "Finance" is part of a title that starts before the run.
      const lead = titleBefore(text, tokens, prefix.length ? indexOf.get(prefix[0]!)! : firstIndex);
      title = lead && prefix.length ? { text: text.slice(lead.start, prefix[prefix.length - 1]!.end), start: lead.start } : lead;
      if (!title && prefix.length && name.length < 2) continue;
    } else if (prefix.length && name.length < 2) {
      continue;
    }
    // "Returning officer Professor Halimat Danjuma": an honorific after a title is a second title.
    // ("Selangor police chief Datuk Seri Hussein Omar Khan": every honorific word at the end.)
    let honorific: string | undefined;
    const honorificWord = (w: string) => isHonorific(HONORIFIC_ABBREVIATIONS.get(w.toLowerCase()) ?? w.toLowerCase());
    for (let split = title && /^(.*\S)[\s\u00A0]+(\S+)$/u.exec(title.text); title && split; split = /^(.*\S)[\s\u00A0]+(\S+)$/u.exec(title.text)) {
      if (!honorificWord(split[2]!) || !split[1]!.split(/[\s\u00A0]+/).some((w) => isHead(w.toLowerCase()) && !honorificWord(w))) break;
      title = { text: split[1]!, start: title.start };
      honorific = honorific ? `${split[2]} ${honorific}` : split[2];
    }
    const last = name[name.length - 1]!;
    // An honorific says little; an appositive after the name may say what the person does.
    const honorificOnly = title !== undefined && isHonorific(title.text.toLowerCase());
    const appositive = (!title || honorificOnly) && name.length >= 2 ? titleAfter(text, last.end + (last.possessive ? last.text.length - last.base.length : 0)) : undefined;
    const extraTitle = honorificOnly ? appositive : honorific ? { text: honorific, start: 0 } : undefined;
    if (!title && appositive) title = appositive;
    if (!title && name.length >= 2) title = titleBeforeComma(text, run[0]!.start, last.end);
    // "president of Hasegawa Seimitsu", "Managing Director of Vindhya Cement": after "of" or "for" comes the body, not the person.
    if (title && /(?:^|\s)(?:of|for)$/i.test(title.text) && title.start + title.text.length <= name[0]!.start) continue;
    // "Minister for Public Expenditure": one word after a title that does not end in a title word continues the title.
    if (title && name.length === 1 && !isHead(title.text.split(/[\s\u00A0]+/).pop()!.toLowerCase())) continue;
    // A one-word title that is also an adjective ("Official Cash Rate") or a plain word for a person
    // ("Distributor Bluestone Pictures") does not make the rest a person's name by itself.
    const weakTitle = !!title && !/\s/.test(title.text.trim()) && (isAdjectiveWord({ lower: title.text.toLowerCase() } as Token) || isPersonWord({ lower: title.text.toLowerCase() } as Token));
    // A title vouches for a person, except before a name that ends in a word for a thing ("Market
    // leader Himgiri Cement").
    const rules = title && !weakTitle ? notAPerson.filter(([why]) => (why === 'ends in a word for a thing' && !isHonorific(title!.text.toLowerCase())) || why === 'a vessel') : notAPerson;
    const thing = rules.find(([, rule]) => rule(text, run, name))?.[0];
    const runStart = run[0]!.start;
    const weakContext =
      !prefix.length &&
      (/(?:^|[^\p{L}])(?:the|in|at|near|on)[\s\u00A0]+$/iu.test(text.slice(Math.max(0, runStart - 6), runStart)) ||
        /\b(?:town|city|village|county|state|region|province|district|island|port|valley|republic)[\s\u00A0]+of[\s\u00A0]+$/iu.test(text.slice(Math.max(0, runStart - 20), runStart)));
    // "Biden administration", "Obama-era": the name modifies a thing.
    const after = /^[\s\u00A0]+(\p{Ll}+)/u.exec(text.slice(last.end, last.end + 20))?.[1];
    if (name.length === 1 && !title && !last.possessive && after && NAME_AS_MODIFIER.has(after)) continue;
    const personal = personalContext(text, run[0]!.start, last.end, name);
    found.push({ paragraph: paragraph.index, tokens: name, ...(title ? { title } : {}), ...(extraTitle ? { role: extraTitle.text } : {}), weakContext, ...(thing ? { thing } : {}), personal });
  }
  return found;
}

function roleWords(title: string): { head: string; modifiers: string[] } | undefined {
  const words = title.toLowerCase().split(/[\s\u00A0]+/).filter((w) => !['of', 'the', 'for', 'a', 'an'].includes(w));
  const headAt = words.map(isHead).lastIndexOf(true);
  if (headAt < 0) return undefined;
  const head = words[headAt]!;
  const expand = (w: string) => TITLE_ABBREVIATIONS[w] ?? w;
  return { head: expand(head), modifiers: words.filter((_, i) => i !== headAt).map(expand) };
}

// "Chief Executive of the territory", "premier of the province": the head of a government.
function headsAGovernment(title: string): boolean {
  const of = HEAD_OF_GOVERNMENT_TITLES.exec(title)?.[1];
  if (!of) return false;
  const words = of.replace(/[^\p{L}\s'-]/gu, '').trim();
  return GOVERNMENT_UNITS.has(words.split(/\s+/)[0]!.toLowerCase()) || isKnownPlace(words) || isKnownPlace(words.split(/\s+/)[0]!);
}

// "president of Hasegawa Seimitsu", "chief of medicine at Health Sciences North": a named body
// after "of" or "at" that is no place and no part of government is an employer, not a state.
function servesAPrivateBody(title: string, head: string): boolean {
  const body = /(?:^|[\s\u00A0])(of|at)[\s\u00A0]+(?:the[\s\u00A0]+)?(\p{Lu}[\p{L}.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.'’-]*)*)/u.exec(title);
  if (!body || (body[1] === 'of' && !OFFICIAL_WHEN_PUBLIC.has(head) && head !== 'president')) return false;
  const words = body[2]!.split(/[\s\u00A0]+/);
  return !isKnownPlace(body[2]!) && !isKnownPlace(words[0]!) && !words.some((w) => GOVERNMENT_BODY_WORDS.has(w.toLowerCase()));
}

const OFFICE_PHRASES = [...OFFICIAL_HEADS].filter((h) => h.includes(' ') && !OFFICIAL_WHEN_PUBLIC.has(h)).map((h) => new RegExp(`(?<![\\p{L}])${h.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'iu'));

// "Sgt", "Vice-President": a head as the lexicon lists it ("sgt.", "vice president").
function lexiconHead(lower: string): string {
  for (const heads of [OFFICIAL_HEADS, OTHER_HEADS, HONORIFICS]) {
    if (heads.has(lower)) return lower;
    if (!lower.endsWith('.') && heads.has(`${lower}.`)) return `${lower}.`;
    if (lower.includes('-') && heads.has(lower.replace(/-/g, ' '))) return lower.replace(/-/g, ' ');
    if (heads === OFFICIAL_HEADS && /[^s]s$/.test(lower) && heads.has(lower.slice(0, -1))) return lower.slice(0, -1);
  }
  return lower;
}

// "Former prime minister", "ex-governor", "retired general": an office no longer held.
const FORMER = /^(?:former|ex-|retired|then-|late)\b/i;

function isOfficial(titles: string[]): boolean {
  return titles.some((title) => {
    if (FORMER.test(title.trim())) return false;
    if (headsAGovernment(title)) return true;
    const role = roleWords(title);
    if (!role) return false;
    if (servesAPrivateBody(title, TITLE_ABBREVIATIONS[role.head] ?? role.head)) return false;
    // "Ontario's chief mining inspector", "Ohio governor": a place's office is public.
    if (OFFICIAL_HEADS.has(role.head) && [...title.matchAll(/\p{Lu}[\p{L}.-]*(?=['’]s\b|[\s\u00A0])/gu)].some((m) => isKnownPlace(m[0]))) return true;
    const heads = title.toLowerCase().split(/[\s\u00A0]+/).filter(isHead).map(lexiconHead);
    const head = heads[heads.length - 1] ?? lexiconHead(role.head);
    // "central bank President": a central bank is the state's, whatever "bank" says elsewhere.
    const words = title.toLowerCase().replace(/['’]s\b/g, '').replace(/\bcentral bank\b/g, 'central-bank government').split(/[^\p{L}.-]+/u);
    if (words.some((w) => PRIVATE_BODY_WORDS.has(w))) return false;
    // "returning officer", "attorney general": a title of office written in two words.
    if (OFFICE_PHRASES.some((phrase) => phrase.test(title))) return true;
    if (heads.some((h) => SPOKESPERSON_HEADS.has(h))) return words.some((w) => GOVERNMENT_BODY_WORDS.has(w));
    // "chief executive of the Financial Conduct Authority": the head of a public body holds office.
    if (/\b(?:chief executive|ceo|director[- ]general)\b/i.test(title)) return words.some((w) => GOVERNMENT_BODY_WORDS.has(w));
    if (!OFFICIAL_HEADS.has(head) && !OFFICIAL_HEADS.has(role.head)) return false;
    if (!OFFICIAL_WHEN_PUBLIC.has(TITLE_ABBREVIATIONS[head] ?? head)) return true;
    return words.some((w) => PUBLIC_BODY_WORDS.has(w) || (OFFICIAL_HEADS.has(w) && !OFFICIAL_WHEN_PUBLIC.has(TITLE_ABBREVIATIONS[w] ?? w)));
  });
}

interface Building {
  tokens: string[];
  /** A suffix the article writes after the name ("Junior", "Jr."), shown in the name, never the surname. */
  suffix?: string;
  /** Accent-free lower-case tokens, for comparing names. */
  keys: string[];
  given?: string;
  surname: string;
  titles: string[];
  mentions: PersonMention[];
}

/** Finds every named person and every mention of them. */
export function extractPeople(paragraphs: Paragraph[]): PersonReading[] {
  // Names are compared by accent-free lower-case tokens, computed once per candidate and
  // looked up by last token, so the work stays linear in the number of names.
  const candidates = paragraphs.flatMap(candidatesOf).map((candidate) => {
    const names = candidate.tokens.filter((t) => !NAME_SUFFIXES.has(t.lower)).map((t) => t.base);
    const suffix = candidate.tokens.filter((t) => NAME_SUFFIXES.has(t.lower)).map((t) => t.base).join(' ');
    return { candidate, names, keys: names.map(normal), suffix };
  });
  // Surnames the article gives a title or an honorific somewhere ("Mr Furlong", "Minister Furlong"):
  // a full name ending in one is a person, whatever the word also means.
  const confirmed = new Set(candidates.filter(({ candidate, keys }) => candidate.title && !candidate.thing && keys.length === 1).map(({ keys }) => keys[0]!));
  const people: Building[] = [];
  const byLast = new Map<string, Building[]>();
  const sameOrLonger = (keys: string[]) =>
    (byLast.get(keys[keys.length - 1]!) ?? []).filter(
      (p) => (keys.length <= p.keys.length && keys.every((k, i) => k === p.keys[p.keys.length - keys.length + i])) || (keys.length >= 2 && keys[0] === p.keys[0]),
    );
  // Longest names first, so that "García Márquez" finds "Gabriel José García Márquez".
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.names.length - candidates[a]!.names.length || a - b);
  const ownerOf = new Map<Candidate, Building>();
  for (const index of order) {
    const { candidate, names, keys, suffix } = candidates[index]!;
    // A new person needs a given and a family name, or a title: "de Marco" alone is only a mention.
    const core = keys.filter((k) => !NAME_PARTICLES.has(k)).length;
    if (!names.length || (core < 2 && !candidate.title)) continue;
    if (candidate.weakContext && !candidate.title) continue;
    if (candidate.thing && !confirmed.has(keys[keys.length - 1]!) && !candidate.personal) continue;
    if (sameOrLonger(keys).length) continue;
    let surnameStart = names.length - 1;
    while (surnameStart > 1 && NAME_PARTICLES.has(keys[surnameStart - 1]!)) surnameStart--;
    const person: Building = { tokens: names, keys, surname: names.slice(surnameStart).join(' '), ...(suffix ? { suffix } : {}), titles: [], mentions: [] };
    people.push(person);
    const last = keys[keys.length - 1]!;
    byLast.set(last, [...(byLast.get(last) ?? []), person]);
    ownerOf.set(candidate, person);
  }
  // Surnames: the longest proper tail of the full name that the article uses on its own.
  for (const { names, keys } of candidates) {
    if (!keys.length) continue;
    for (const person of sameOrLonger(keys)) {
      if (names.length < person.tokens.length && names.length > person.surname.split(' ').length && keys.every((k, i) => k === person.keys[person.keys.length - keys.length + i])) {
        person.surname = names.join(' ');
      }
    }
  }
  for (const person of people) {
    const surnameLength = person.surname.split(' ').length;
    if (person.tokens.length > surnameLength) person.given = person.tokens.slice(0, person.tokens.length - surnameLength).join(' ');
  }
  const textOf = new Map(paragraphs.map((p) => [p.index, p.text]));
  const lastMention = new Map<Building, number>();
  // People the text shows to be people: a title, an age, "who", "he" or "she". (A later mention by
  // the last word alone is no sign: outlets write "Cenzontle" for Aerolíneas Cenzontle too.)
  const evidenced = new Set<Building>();
  const ownerOfMention = new Map<Candidate, Building>();
  const spanStart = (c: Candidate) => c.paragraph * 1e7 + c.tokens[0]!.start;
  for (const { candidate, names, keys } of [...candidates].sort((a, b) => spanStart(a.candidate) - spanStart(b.candidate))) {
    if (!keys.length) continue;
    let owner = ownerOf.get(candidate);
    if (!owner) {
      const matches = sameOrLonger(keys);
      if (!matches.length) continue;
      owner = matches.sort((a, b) => (lastMention.get(b) ?? -1) - (lastMention.get(a) ?? -1))[0]!;
    }
    lastMention.set(owner, spanStart(candidate));
    ownerOfMention.set(candidate, owner);
    if (candidate.title || candidate.personal) evidenced.add(owner);
    const text = textOf.get(candidate.paragraph)!;
    const first = candidate.tokens[0]!;
    const last = candidate.tokens[candidate.tokens.length - 1]!;
    const isFull = names.length === owner.tokens.length || (names.length >= 2 && names.length > owner.surname.split(' ').length);
    const titleAdjacent = candidate.title && candidate.title.start < first.start;
    let form: PersonMentionForm = isFull ? 'full' : 'surname';
    let start = first.start;
    if (!isFull && titleAdjacent) {
      form = 'title-surname';
      start = candidate.title!.start;
    }
    const mention: PersonMention = { ...spanOf(candidate.paragraph, text, start, last.end), form };
    if (candidate.title) {
      mention.title = candidate.title.text;
      if (!owner.titles.includes(candidate.title.text)) owner.titles.push(candidate.title.text);
    }
    if (candidate.role && !owner.titles.includes(candidate.role)) owner.titles.push(candidate.role);
    owner.mentions.push(mention);
  }
  addRoleMentions(paragraphs, people);
  // "goals from Emil Haugstad and Aksel Tveit": names joined by "and", "or" or a comma are of
  // one kind, so a person's partner in the list is a person too.
  const byPlace = [...candidates].sort((a, b) => spanStart(a.candidate) - spanStart(b.candidate));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < byPlace.length; i++) {
      const [a, b] = [byPlace[i - 1]!.candidate, byPlace[i]!.candidate];
      if (a.paragraph !== b.paragraph) continue;
      const between = textOf.get(a.paragraph)!.slice(a.tokens[a.tokens.length - 1]!.end, b.tokens[0]!.start);
      // "Lauren Choi and Fox News’ Griff Jenkins": an employer's possessive may come between.
      if (!/^(?:['’]s)?(?:,|,?[\s\u00A0]+(?:and|or)|[\s\u00A0]+&)[\s\u00A0]+(?:(?:\p{Lu}[\p{L}.-]*[\s\u00A0]+)*\p{Lu}[\p{L}.-]*['’]s?[\s\u00A0]+)?$/u.test(between)) continue;
      const [ownerA, ownerB] = [ownerOfMention.get(a), ownerOfMention.get(b)];
      if (!ownerA || !ownerB) continue;
      // "Senators Jane Ashford and Tom Ruiz": the plural title is the second name's too.
      const plural = a.title && /[^s]s$/i.test(a.title.text.trim()) && !b.title ? a.title.text : undefined;
      if (plural && !ownerB.titles.includes(plural)) ownerB.titles.push(plural);
      if (evidenced.has(ownerA) || ownerA.keys.some((k) => isKnownGivenName(k))) evidenced.add(ownerB);
      if (evidenced.has(ownerB) || ownerB.keys.some((k) => isKnownGivenName(k))) evidenced.add(ownerA);
    }
  }
  // A name with no known given name and no sign of a person is more likely an organisation,
  // a work or a place the lexicons do not know ("Rete Uno", "Telemetria Italia", "Norte Energía").
  const personLike = (p: Building) => evidenced.has(p) || p.titles.length > 0 || p.keys.some((k) => isKnownGivenName(k));
  return people
    .filter((p) => p.mentions.length && personLike(p))
    .map((p) => {
      p.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
      const title = p.titles.reduce<string | undefined>((best, t) => (!best || t.length > best.length ? t : best), undefined);
      return {
        name: [...p.tokens, ...(p.suffix ? [p.suffix] : [])].join(' '),
        surname: p.surname,
        ...(p.given ? { given: p.given } : {}),
        ...(title ? { title } : {}),
        titles: p.titles,
        official: isOfficial(p.titles),
        mentions: p.mentions,
      };
    })
    .sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start);
}

// "the Mexican president", "the Ohio governor": a role the article has already tied to a name.
function addRoleMentions(paragraphs: Paragraph[], people: Building[]): void {
  const roles = people.flatMap((person) => person.titles.map((t) => ({ person, role: roleWords(t) })).filter((r) => r.role)) as Array<{ person: Building; role: { head: string; modifiers: string[] } }>;
  if (!roles.length) return;
  const heads = new Set(roles.map((r) => r.role.head));
  const written = new Set<string>(heads);
  for (const [short, long] of Object.entries(TITLE_ABBREVIATIONS)) if (heads.has(long)) written.add(short);
  const headPattern = [...written].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}])[Tt]he[\\s\\u00A0]+((?:(?:(?:\\p{L}\\.)+|[\\p{L}'’-]+)[\\s\\u00A0]+){0,3}?)(${headPattern})(?![\\p{L}])`, 'gu');
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    // The pattern tries every "the"; most paragraphs hold none of the heads, and are passed over.
    const lower = text.toLowerCase();
    if (![...written].some((h) => lower.includes(h.split(' ')[0]!))) continue;
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (/^(?:['’]s)?[\s\u00A0]+(?:\p{Lu}|of\b)/u.test(text.slice(end, end + 6))) continue;
      const head = TITLE_ABBREVIATIONS[m[2]!.toLowerCase()] ?? m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const modifiers = (m[1] ?? '').trim().toLowerCase().split(/[\s\u00A0]+/).filter(Boolean).map((w) => TITLE_ABBREVIATIONS[w] ?? w);
      const before = (p: Building) => p.mentions.some((x) => x.paragraph < paragraph.index || (x.paragraph === paragraph.index && x.end <= m.index));
      const fitting = roles.filter((r) => r.role.head === head && before(r.person) && modifiers.every((w) => r.role.modifiers.includes(w)));
      const owners = new Set(fitting.map((r) => r.person));
      if (owners.size !== 1) continue;
      const [owner] = owners;
      const spanned = spanOf(paragraph.index, text, m.index, end);
      // Overlapping a mention, or in apposition right after one ("Dr. X, the state's chief medical officer"), it is a title, not a new mention.
      const adjacent = (x: PersonMention) => x.paragraph === paragraph.index && ((x.start < end && m.index < x.end) || (x.end <= m.index && /^,[\s\u00A0]*$/.test(text.slice(x.end, m.index))));
      if (people.some((p) => p.mentions.some(adjacent))) continue;
      owner!.mentions.push({ ...spanned, form: 'role', title: text.slice(m.index, end).replace(/^[Tt]he[\s\u00A0]+/, '') });
    }
  }
}
