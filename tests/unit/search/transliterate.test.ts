// The browser folds with a table the build cut from any-ascii; this checks they never disagree.
import anyAscii from 'any-ascii';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/lib/analyze';
import { buildSearchIndex } from '../../../src/lib/search/build';
import { searchableText, searchDocuments } from '../../../src/lib/search/documents';
import type { FoldFile } from '../../../src/lib/search/format';
import { foldWord } from '../../../src/lib/search/normalize';
import { foldTable, LATIN_RANGES, symbolWords } from '../../../src/lib/search/transliterate';
import { readContent } from '../../support/content';
import { ROOT } from '../../support/site';

const stories = [...readContent(), ...readContent(join(ROOT, 'tests/fixtures/sites/search/content'))].map((story) => ({
  story,
  articles: story.articles.map(analyzeArticle),
}));
const docs = searchDocuments(stories, (story) => `/stories/${story}/`);
const shipped = JSON.parse(buildSearchIndex(docs).files.get('fold.json')!) as FoldFile;

describe('the transliteration table the browser gets', () => {
  it('agrees with any-ascii on every code point of the Latin ranges', () => {
    let checked = 0;
    for (const [first, last] of LATIN_RANGES) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCodePoint(code);
        expect(shipped[char], `U+${code.toString(16).toUpperCase()} ${char}`).toBe(anyAscii(char));
        checked++;
      }
    }
    expect(checked).toBe(0x024f - 0x00c0 + 1 + (0x1eff - 0x1e00 + 1));
  });

  it('agrees with any-ascii on every character of the vocabulary, folding each word as the library would', () => {
    const chars = new Set(docs.flatMap((doc) => [...searchableText(doc).normalize('NFC')]).filter((c) => c >= '\x80' && /[\p{L}\p{N}\p{M}]/u.test(c)));
    expect([...chars]).toEqual(expect.arrayContaining(['Ł', 'ó', 'ź', 'Đ', 'ø', 'ß', 'Æ', 'æ', 'Þ', 'ð']));
    for (const char of chars) expect(shipped[char], char).toBe(anyAscii(char));
    for (const word of ['Łódź', 'Đoković', 'Søren', 'Straße', 'Ærenlund', 'Guðmundsdóttir', 'Friedrichstraße']) {
      expect(foldWord(word, shipped)).toBe(anyAscii(word).toLowerCase());
    }
  });

  it('is only as large as a site needs: the Latin ranges and the characters of its text', () => {
    const latinOnly = foldTable([]);
    expect(Object.keys(latinOnly)).toHaveLength(0x024f - 0x00c0 + 1 + (0x1eff - 0x1e00 + 1));
    expect(Object.keys(foldTable(['שלום'])).length).toBe(Object.keys(latinOnly).length + 4);
  });

  it('takes the words symbols stand for from the unit lexicon', () => {
    expect(symbolWords()).toMatchObject({ '%': 'percent', $: 'dollars', '€': 'euros', '£': 'pounds' });
  });
});
