// Build-time transliteration for search: any-ascii is the reference ("Łódź" → "Lodz", "Đoković" →
// "Dokovic", "ß" → "ss", "Æ" → "AE"), but its tables are about half a megabyte, too big for the
// browser. So the build writes the part a site needs into its index (`fold.json`): every Latin
// letter, and every other character its text uses. The browser folds queries with that table,
// the build folds the text with the same table, and the two always agree.
import anyAscii from 'any-ascii';
import { CURRENCY_SYMBOLS, MEASURE_UNITS } from '../extract/lexicon/units';
import type { FoldTable } from './normalize';

/** The Latin blocks the browser always gets: Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional. */
export const LATIN_RANGES: readonly [first: number, last: number][] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];

// Letters, digits and marks: what a search word is made of.
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The transliteration table for a text: the Latin ranges, plus each non-ASCII word character of `texts`. */
export function foldTable(texts: Iterable<string>): FoldTable {
  const table: Record<string, string> = {};
  for (const [first, last] of LATIN_RANGES) {
    for (let code = first; code <= last; code++) {
      const char = String.fromCodePoint(code);
      table[char] = anyAscii(char);
    }
  }
  for (const text of texts) {
    for (const char of text.normalize('NFC')) {
      if (char >= '\x80' && !(char in table) && WORD_CHAR.test(char)) table[char] = anyAscii(char);
    }
  }
  return table;
}

/**
 * Symbols that stand for a word, from the unit lexicon: each one-character currency symbol is the
 * last word of its currency ("€" → "euros", "$" → "dollars"), and "%" is "percent".
 */
export function symbolWords(): Record<string, string> {
  const words: Record<string, string> = {};
  const single = (symbol: string) => [...symbol].length === 1 && !WORD_CHAR.test(symbol);
  for (const [symbol, currency] of Object.entries(CURRENCY_SYMBOLS)) if (single(symbol)) words[symbol] = currency.split(' ').at(-1)!.toLowerCase();
  for (const [symbol, { unit }] of Object.entries(MEASURE_UNITS)) if (single(symbol)) words[symbol] = unit.split(' ').at(-1)!.toLowerCase();
  return words;
}
