import { tokenize } from './normalize';

/** Longest query text looked at; a reader never types more, and a pasted novel must not freeze the page. */
export const MAX_QUERY_CHARS = 200;
/** Most words a query keeps; every word is one more postings list to intersect. */
export const MAX_QUERY_TERMS = 8;

/** One word of a query. */
export interface QueryTerm {
  term: string;
  /** Index into {@link ParsedQuery.phrases} when the word stands inside quotes, else -1. */
  phrase: number;
  /** The reader may still be typing this word, so words that start with it count too. */
  prefix: boolean;
}

/** A query as the engine runs it: every word must match (AND); quoted words must also stand together. */
export interface ParsedQuery {
  terms: QueryTerm[];
  /** Quoted phrases of two or more words, as comparable words in order. */
  phrases: string[][];
}

/** Reads what the reader typed: words, "quoted phrases" (straight or curly quotes), the word being typed. */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS).replace(/[“”„‟«»″]/g, '"');
  const parts = text.split('"');
  const words: { term: string; quoted: number }[] = [];
  parts.forEach((part, i) => {
    // An unmatched quote opens nothing: the text after it is plain words.
    const quoted = i % 2 === 1 && i < parts.length - 1 ? i : -1;
    for (const { term } of tokenize(part)) words.push({ term, quoted });
  });
  const kept = words.slice(0, MAX_QUERY_TERMS);
  const phrases: string[][] = [];
  const phraseOf = new Map<number, number>();
  for (const group of new Set(kept.map((w) => w.quoted))) {
    const phrase = kept.filter((w) => w.quoted === group).map((w) => w.term);
    if (group >= 0 && phrase.length > 1) phraseOf.set(group, phrases.push(phrase) - 1);
  }
  const terms: QueryTerm[] = [];
  for (const { term, quoted } of kept) {
    const phrase = phraseOf.get(quoted) ?? -1;
    if (!terms.some((t) => t.term === term && t.phrase === phrase)) terms.push({ term, phrase, prefix: false });
  }
  const last = terms.at(-1);
  if (last && last.phrase < 0 && kept.length === words.length && /[\p{L}\p{N}]$/u.test(text)) last.prefix = true;
  return { terms, phrases };
}
