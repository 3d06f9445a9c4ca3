// Search compares words, not characters: both the index and the query go through `tokenize`, so
// "López" meets "Lopez", "8,000" meets "8000" and "Ruiz’s" meets "Ruiz's" without any rule on
// the query side alone.

/** A word of a text: its comparable form and where it stands in the original text (UTF-16, end exclusive). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// A word is a run of letters, digits and combining marks, which may carry inner dots, commas and
// apostrophes ("U.S", "8,000", "Ruiz’s"); hyphens and dashes always separate words.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[.,'’‘][\p{L}\p{N}\p{M}]+)*/gu;
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const INNER_BREAK = /[.,]/g;

/** Case, accents and compatibility forms folded away ("Ｌópez" → "lopez"). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordTerm(raw: string): string {
  return fold(raw)
    .replace(/['’‘]s$/, '')
    .replace(/['’‘]/g, '');
}

/** Splits text into comparable words, keeping each word's place in the original text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const at = match.index;
    const whole = GROUPED_NUMBER.test(raw)
      ? raw.replace(/,/g, '')
      : PLAIN_NUMBER.test(raw)
        ? raw
        : INITIALISM.test(raw)
          ? fold(raw).replace(/\./g, '')
          : undefined;
    if (whole) {
      tokens.push({ term: whole, start: at, end: at + raw.length });
      continue;
    }
    // "end.Next" or "3,4": the inner mark separates two words.
    let from = 0;
    for (const piece of raw.split(INNER_BREAK)) {
      const term = wordTerm(piece);
      if (term) tokens.push({ term, start: at + from, end: at + from + piece.length });
      from += piece.length + 1;
    }
  }
  return tokens;
}

/** The comparable words of a text, in order. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
