import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery } from '../../../src/lib/search/query';

const words = (q: string) => parseQuery(q).terms.map((t) => t.term);

describe('query parsing', () => {
  it('reads plain words, all of which must match', () => {
    expect(words('Border funding, 14 billion')).toEqual(['border', 'funding', '14', 'billion']);
  });

  it('treats the word being typed as a prefix, but not one followed by a space', () => {
    expect(parseQuery('mayo').terms).toEqual([{ term: 'mayo', forms: ['mayo'], typed: 'mayo', phrase: -1, prefix: true, exact: false }]);
    expect(parseQuery('mayo ').terms[0]!.prefix).toBe(false);
  });

  it('reads quoted phrases with straight or curly quotes', () => {
    for (const q of ['"lawful pathways" Biden', '“lawful pathways” Biden']) {
      const parsed = parseQuery(q);
      expect(parsed.phrases).toEqual([[['lawful'], ['pathways']]]);
      expect(parsed.terms.map((t) => [t.term, t.phrase, t.exact])).toEqual([
        ['lawful', 0, true],
        ['pathways', 0, true],
        ['biden', -1, false],
      ]);
    }
  });

  it('reads an unmatched quote as plain words', () => {
    const parsed = parseQuery('"lawful pathways');
    expect(parsed.phrases).toEqual([]);
    expect(parsed.terms.map((t) => t.term)).toEqual(['lawful', 'pathways']);
  });

  it('finds nothing to search in empty, symbol-only or emoji queries', () => {
    for (const q of ['', '   ', '""', '(.*+?[\\', '🙂🙂']) expect(parseQuery(q).terms).toEqual([]);
  });

  it('gives each word the forms that count as it: closed compounds and the digits of number words', () => {
    expect(parseQuery('cease-fire talks').terms.map((t) => [t.term, t.forms])).toEqual([
      ['cease', ['cease', 'ceasefire']],
      ['fire', ['fire', 'ceasefire', 'firetalks']],
      ['talks', ['talks', 'firetalks']],
    ]);
    expect(parseQuery('road map').terms.map((t) => t.forms)).toEqual([
      ['road', 'roadmap'],
      ['map', 'roadmap'],
    ]);
    expect(parseQuery('eight thousand migrants').terms.map((t) => t.forms)).toEqual([['8000'], ['migrants']]);
    expect(parseQuery('twelve hundred').terms).toMatchObject([{ term: '1200', prefix: false }]);
  });

  it('reads a quoted word as that very word', () => {
    expect(parseQuery('"mayorcas"').terms).toMatchObject([{ term: 'mayorcas', exact: true, prefix: false }]);
  });

  it('caps long input instead of reading all of it', () => {
    const parsed = parseQuery('word '.repeat(2000));
    expect(parsed.terms.length).toBe(1);
    expect(words('a b c d e f g h i j k l').length).toBe(MAX_QUERY_TERMS);
    expect(parseQuery('x'.repeat(10_000)).terms[0]!.term.length).toBeLessThanOrEqual(200);
  });
});
