// Named people: each found by a run of capitalised words, given the title the outlet uses, and
// followed through every later mention (surname, title + surname, role, possessive).
import { GOVERNMENT_BODY_WORDS, HONORIFICS, OFFICIAL_HEADS, OFFICIAL_WHEN_PUBLIC, OTHER_HEADS, PRIVATE_BODY_WORDS, PUBLIC_BODY_WORDS, SPOKESPERSON_HEADS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from './lexicon/titles';
import { NAME_AS_MODIFIER, NAME_PARTICLES, NAME_SUFFIXES, NON_NAME_WORDS, SENTENCE_OPENERS } from './lexicon/names';
import { spanOf, wordsOf, type Word } from '../text';
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
}

const isHead = (lower: string) => OFFICIAL_HEADS.has(lower) || OTHER_HEADS.has(lower) || HONORIFICS.has(lower);
const normal = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

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
    const capitalised =
      /^\p{Lu}/u.test(base) &&
      (/\p{Ll}/u.test(base) || /^\p{Lu}\.$/u.test(base)) &&
      parts.every((part) => /^\p{Lu}/u.test(part) || NAME_PARTICLES.has(part.toLowerCase()));
    const before = text.slice(Math.max(0, word.start - 4), word.start);
    const sentenceInitial = word.start === 0 || /(?:[.!?]["”’)]?\s+|["“‘(—–:]\s*)$/u.test(before);
    return { text: word.text, start: word.start, end: word.start + base.length, base, lower: base.toLowerCase(), possessive, capitalised, sentenceInitial };
  });
}

function nameLike(token: Token): boolean {
  return token.capitalised && !NON_NAME_WORDS.has(token.lower) && !isHead(token.lower) && !TITLE_MODIFIERS.has(token.lower) || NAME_SUFFIXES.has(token.lower) && token.capitalised;
}

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
    const linking = !token.capitalised && nextCap && previous !== undefined && (NAME_PARTICLES.has(token.lower) || (token.lower === 'of' && ahead === i + 1 && isHead(previous.lower)));
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
    if (isHead(token.lower)) sawHead = true;
    else if (!(token.capitalised && !SENTENCE_OPENERS.has(token.lower)) && !TITLE_MODIFIERS.has(token.lower)) break;
    if (!sawHead && !isHead(token.lower)) break;
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
  const m = /(?:^|[.;:!?]["”’]?[\s\u00A0]+|,[\s\u00A0]+)(?:an?|the)[\s\u00A0]+([^,.;:“”"()]{2,80}),[\s\u00A0]+$/iu.exec(text.slice(Math.max(0, start - 100), start));
  if (!m?.[1]) return undefined;
  const words = m[1].split(/[\s\u00A0]+/);
  if (words.length > 10 || !words.slice(0, 4).some((w) => isHead(w.toLowerCase()))) return undefined;
  return { text: m[1], start: start - m[0].length + m[0].indexOf(m[1]) };
}

function candidatesOf(paragraph: Paragraph): Candidate[] {
  const text = paragraph.text;
  const tokens = tokensOf(text);
  const indexOf = new Map(tokens.map((t, i) => [t, i]));
  const found: Candidate[] = [];
  for (let run of runsOf(text, tokens)) {
    while (run.length && run[0]!.sentenceInitial && SENTENCE_OPENERS.has(run[0]!.lower)) run = run.slice(1);
    if (!run.length) continue;
    let nameStart = run.length;
    const particle = (t: Token | undefined) => t !== undefined && !t.capitalised && NAME_PARTICLES.has(t.lower);
    while (nameStart > 0 && (nameLike(run[nameStart - 1]!) || (particle(run[nameStart - 1]) && nameStart > 1 && (nameLike(run[nameStart - 2]!) || particle(run[nameStart - 2]))))) nameStart--;
    // The name must end the run: "Biden Administration" or "Rose Garden" name something else.
    while (nameStart < run.length && (NAME_SUFFIXES.has(run[nameStart]!.lower) || NAME_PARTICLES.has(run[nameStart]!.lower))) nameStart++;
    const name = run.slice(nameStart);
    if (!name.length || name.every((t) => NAME_SUFFIXES.has(t.lower))) continue;
    const prefix = run.slice(0, nameStart);
    const firstIndex = indexOf.get(name[0]!)!;
    let title: Candidate['title'];
    if (prefix.some((t) => isHead(t.lower))) {
      const headAt = prefix.map((t) => isHead(t.lower)).lastIndexOf(true);
      const titleTokens = prefix.slice(0, Math.max(headAt + 1, prefix.length));
      const lead = titleBefore(text, tokens, indexOf.get(prefix[0]!)!, false);
      const start = lead?.start ?? titleTokens[0]!.start;
      title = { text: text.slice(start, titleTokens[titleTokens.length - 1]!.end), start };
    } else if (!prefix.length) {
      title = titleBefore(text, tokens, firstIndex);
    } else if (prefix.length && name.length < 2) {
      continue;
    }
    const last = name[name.length - 1]!;
    // An honorific says little; an appositive after the name may say what the person does.
    const honorificOnly = title !== undefined && HONORIFICS.has(title.text.toLowerCase());
    const appositive = (!title || honorificOnly) && name.length >= 2 ? titleAfter(text, last.end + (last.possessive ? last.text.length - last.base.length : 0)) : undefined;
    const extraTitle = honorificOnly ? appositive : undefined;
    if (!title && appositive) title = appositive;
    if (!title && name.length >= 2) title = titleBeforeComma(text, run[0]!.start, last.end);
    const runStart = run[0]!.start;
    const weakContext =
      !prefix.length &&
      (/(?:^|[^\p{L}])(?:the|in|at|near|on)[\s\u00A0]+$/iu.test(text.slice(Math.max(0, runStart - 6), runStart)) ||
        /\b(?:town|city|village|county|state|region|province|district|island|port|valley|republic)[\s\u00A0]+of[\s\u00A0]+$/iu.test(text.slice(Math.max(0, runStart - 20), runStart)));
    // "Biden administration", "Obama-era": the name modifies a thing.
    const after = /^[\s\u00A0]+(\p{Ll}+)/u.exec(text.slice(last.end, last.end + 20))?.[1];
    if (name.length === 1 && !title && !last.possessive && after && NAME_AS_MODIFIER.has(after)) continue;
    found.push({ paragraph: paragraph.index, tokens: name, ...(title ? { title } : {}), ...(extraTitle ? { role: extraTitle.text } : {}), weakContext });
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

function isOfficial(titles: string[]): boolean {
  return titles.some((title) => {
    const role = roleWords(title);
    if (!role) return false;
    const heads = title.toLowerCase().split(/[\s\u00A0]+/).filter(isHead);
    const head = heads[heads.length - 1] ?? role.head;
    const words = title.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}.]+/u);
    if (words.some((w) => PRIVATE_BODY_WORDS.has(w))) return false;
    if (heads.some((h) => SPOKESPERSON_HEADS.has(h))) return words.some((w) => GOVERNMENT_BODY_WORDS.has(w));
    if (!OFFICIAL_HEADS.has(head) && !OFFICIAL_HEADS.has(role.head)) return false;
    if (!OFFICIAL_WHEN_PUBLIC.has(TITLE_ABBREVIATIONS[head] ?? head)) return true;
    return words.some((w) => PUBLIC_BODY_WORDS.has(w) || (OFFICIAL_HEADS.has(w) && !OFFICIAL_WHEN_PUBLIC.has(TITLE_ABBREVIATIONS[w] ?? w)));
  });
}

interface Building {
  tokens: string[];
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
    return { candidate, names, keys: names.map(normal) };
  });
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
    const { candidate, names, keys } = candidates[index]!;
    if (!names.length || (names.length < 2 && !candidate.title)) continue;
    if (candidate.weakContext && !candidate.title) continue;
    if (sameOrLonger(keys).length) continue;
    let surnameStart = names.length - 1;
    while (surnameStart > 1 && NAME_PARTICLES.has(keys[surnameStart - 1]!)) surnameStart--;
    const person: Building = { tokens: names, keys, surname: names.slice(surnameStart).join(' '), titles: [], mentions: [] };
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
  return people
    .filter((p) => p.mentions.length)
    .map((p) => {
      p.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
      const title = p.titles.reduce<string | undefined>((best, t) => (!best || t.length > best.length ? t : best), undefined);
      return {
        name: p.tokens.join(' '),
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
