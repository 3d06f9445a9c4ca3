import { describe, expect, it } from 'vitest';
import { terms, tokenize } from '../../../src/lib/search/normalize';

describe('search normalisation', () => {
  it.each([
    ['López', 'Lopez', 'accents fold away'],
    ['LOPEZ OBRADOR', 'lopez obrador', 'case folds'],
    ['8,000', '8000', 'thousands separators go'],
    ['1,250,000', '1250000', 'several separators go'],
    ['Biden’s', "Biden's", 'curly and straight apostrophes agree'],
    ['Biden’s plan', 'Biden plan', 'a possessive finds the bare name'],
    ['U.S.', 'US', 'initialisms lose their dots'],
    ['Ｍａｙｏｒｋａｓ', 'Mayorkas', 'full-width letters fold'],
  ])('%s matches %s (%s)', (a, b) => {
    expect(terms(a)).toEqual(terms(b));
  });

  it.each([
    ['Sherwood-Randall', ['sherwood', 'randall']],
    ['$14 billion', ['14', 'billion']],
    ['(269,735).', ['269735']],
    ['2.5 percent', ['2.5', 'percent']],
    ['2023-12-27', ['2023', '12', '27']],
    ['end.Next', ['end', 'next']],
    ['“unprecedented”', ['unprecedented']],
    ['🙂 (.*+?[', []],
  ])('%s gives the words %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('keeps each word’s place in the original text, so highlights land on the right characters', () => {
    const text = 'Mr. López said “over 8,000” arrived.';
    for (const token of tokenize(text)) {
      expect(terms(text.slice(token.start, token.end))).toEqual([token.term]);
    }
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Mr', 'López', 'said', 'over', '8,000', 'arrived']);
  });

  it('reads right-to-left scripts as words', () => {
    expect(terms('שלום עולם')).toEqual(['שלום', 'עולם']);
  });
});
