// Reads what the reader typed into the words the engine looks up, each with the other forms that
// count as the same word: the closed form of "cease-fire" or "road map", the digits of "eight
// thousand". Stems, completions and typos are the engine's, since they need the vocabulary.
import { PLAIN, tokenize, type Lexicon, type Token } from './normalize';

/** Longest query text looked at; a reader never types more, and a pasted novel must not freeze the page. */
export const MAX_QUERY_CHARS = 200;
/** Most words a query keeps; every word is one more postings list to intersect. */
export const MAX_QUERY_TERMS = 8;

/** One word of a query. */
export interface QueryTerm {
  /** The word as compared (folded); digits for a run of number words. */
  term: string;
  /** Every form that counts as this word, `term` first: closed compounds, digits. */
  forms: string[];
  /** Index into {@link ParsedQuery.phrases} when the word stands inside quotes with others, else -1. */
  phrase: number;
  /** The reader may still be typing this word, so words that start with `typed` count too. */
  prefix: boolean;
  /** The word as typed (before a number word became digits): what a completion completes. */
  typed: string;
  /** Quoted: only this very word counts (no other forms of it, no typo forgiven). */
  exact: boolean;
}

/** A query as the engine runs it: every word must match (AND); quoted words must also stand together. */
export interface ParsedQuery {
  terms: QueryTerm[];
  /** Quoted phrases of two or more words, each word as the forms that may stand at its place. */
  phrases: string[][][];
}

const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\d+$/;

interface Word {
  term: string;
  forms: string[];
  typed: string;
  quoted: number;
  /** Last word of the text, and the text ends inside it. */
  open: boolean;
}

/** The words of one stretch of the query, each with the forms standing for runs it belongs to. */
function wordsOf(part: string, quoted: number, lexicon: Lexicon, atEnd: boolean): Word[] {
  const tokens = tokenize(part, lexicon);
  const byPos: Token[][] = [];
  for (const token of tokens) (byPos[token.pos] ??= []).push(token);
  const words: Word[] = [];
  for (let pos = 0; pos < byPos.length; pos++) {
    const [word, ...runs] = byPos[pos]!;
    const number = runs.find((t) => DIGITS.test(t.term) && !DIGITS.test(word!.term));
    if (number) {
      // "eight thousand" is one word of the query: 8000.
      let last = pos;
      while (byPos[last + 1]?.[0] && byPos[last + 1]![0]!.end <= number.end) last++;
      // Only a lone number word may still be growing ("eight" → "eighteen"); a run is complete.
      const open = atEnd && last === pos && last === byPos.length - 1 && number.end === part.length;
      words.push({ term: number.term, forms: [number.term], typed: byPos[last]![0]!.term, quoted, open });
      pos = last;
      continue;
    }
    const forms = [word!.term];
    for (const run of runs) if (LETTERS.test(run.term)) forms.push(run.term);
    words.push({ term: word!.term, forms, typed: word!.term, quoted, open: atEnd && pos === byPos.length - 1 && word!.end === part.length });
  }
  // A closed form covers every word of its run ("cease-fire": both "cease" and "fire").
  for (let pos = 0; pos < byPos.length; pos++) {
    for (const run of byPos[pos]!.slice(1)) {
      if (!LETTERS.test(run.term)) continue;
      for (const other of byPos.slice(pos + 1)) {
        if (other[0]!.end > run.end) break;
        words.find((w) => w.term === other[0]!.term)?.forms.push(run.term);
      }
    }
  }
  // Two words typed apart may be one word closed ("road map" → "roadmap"); the vocabulary decides.
  if (quoted < 0) {
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]!, words[i + 1]!];
      if (!LETTERS.test(a.term) || !LETTERS.test(b.term)) continue;
      a.forms.push(a.term + b.term);
      b.forms.push(a.term + b.term);
    }
  }
  return words;
}

/**
 * Reads what the reader typed: words, "quoted phrases" (straight or curly quotes), the word being
 * typed. `lexicon` must be the index's, so the query's words are cut as the text's were.
 */
export function parseQuery(input: string, lexicon: Lexicon = PLAIN): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS).replace(/[“”„‟«»″]/g, '"');
  const parts = text.split('"');
  const words: Word[] = [];
  parts.forEach((part, i) => {
    // An unmatched quote opens nothing: the text after it is plain words.
    const quoted = i % 2 === 1 && i < parts.length - 1 ? i : -1;
    words.push(...wordsOf(part, quoted, lexicon, i === parts.length - 1));
  });
  const kept = words.slice(0, MAX_QUERY_TERMS);
  const phrases: string[][][] = [];
  const phraseOf = new Map<number, number>();
  for (const group of new Set(kept.map((w) => w.quoted))) {
    const phrase = kept.filter((w) => w.quoted === group).map((w) => w.forms);
    if (group >= 0 && phrase.length > 1) phraseOf.set(group, phrases.push(phrase) - 1);
  }
  const terms: QueryTerm[] = [];
  for (const { term, forms, typed, quoted } of kept) {
    const phrase = phraseOf.get(quoted) ?? -1;
    if (terms.some((t) => t.term === term && t.phrase === phrase)) continue;
    terms.push({ term, forms: [...new Set(forms)], phrase, prefix: false, typed, exact: quoted >= 0 });
  }
  const last = terms.at(-1);
  const lastWord = kept.at(-1);
  if (last && lastWord?.open && !last.exact && kept.length === words.length && /[\p{L}\p{N}]$/u.test(text)) last.prefix = true;
  return { terms, phrases };
}
