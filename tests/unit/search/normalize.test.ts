import { describe, expect, it } from 'vitest';
import { numberWordsValue, terms, tokenize, type Lexicon } from '../../../src/lib/search/normalize';
import { foldTable, symbolWords } from '../../../src/lib/search/transliterate';

// The lexicon the build would give an index of these texts: any-ascii's Latin table and the symbol words.
const lexicon: Lexicon = { fold: foldTable(['Ｍａｙｏｒｋａｓ']), symbols: symbolWords() };
const words = (text: string) => terms(text, lexicon);

describe('search normalisation', () => {
  it.each([
    ['López', 'Lopez', 'accents fold away'],
    ['LOPEZ OBRADOR', 'lopez obrador', 'case folds'],
    ['Łódź', 'Lodz', 'Ł is transliterated, not just stripped of an accent'],
    ['Đoković', 'Dokovic', 'Đ'],
    ['Søren', 'Soren', 'ø'],
    ['Straße', 'strasse', 'ß is two letters'],
    ['Ærenlund', 'AErenlund', 'Æ is two letters'],
    ['Þóra Guðmundsdóttir', 'Thora Gudmundsdottir', 'Þ and ð'],
    ['8,000', '8000', 'thousands separators go'],
    ['1,250,000', '1250000', 'several separators go'],
    ['Biden’s', "Biden's", 'curly and straight apostrophes agree'],
    ['Biden’s plan', 'Biden plan', 'a possessive finds the bare name'],
    ['U.S.', 'U.S', 'an initialism keeps its dots, with or without the last one'],
    ['Ｍａｙｏｒｋａｓ', 'Mayorkas', 'full-width letters fold'],
  ])('%s matches %s (%s)', (a, b) => {
    expect(words(a)).toEqual(words(b));
  });

  it.each([
    ['U.S.', 'us'],
    ['U.N.', 'un'],
    ['a.m.', 'am'],
  ])('the abbreviation %s never meets the word %s', (abbreviation, word) => {
    expect(words(abbreviation)).not.toEqual(expect.arrayContaining(words(word)));
  });

  it.each([
    ['Sherwood-Randall', ['sherwood', 'sherwoodrandall', 'randall']],
    ['cease-fire', ['cease', 'ceasefire', 'fire']],
    ['$14 billion', ['dollars', '14', 'billion']],
    ['$3.8bn', ['dollars', '3.8', 'billion']],
    ['€2.4 million', ['euros', '2.4', 'million']],
    ['1.6m viewers', ['1.6', 'million', 'viewers']],
    ['3.5%', ['3.5', 'percent']],
    ['(269,735).', ['269735']],
    ['2.5 percent', ['2.5', 'percent']],
    ['2023-12-27', ['2023', '12', '27']],
    ['end.Next', ['end', 'next']],
    ['“unprecedented”', ['unprecedented']],
    ['🙂 (.*+?[', []],
  ])('%s gives the words %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['eight thousand', '8000'],
    ['one hundred and ten thousand', '110000'],
    ['thirty-five thousand', '35000'],
    ['twelve hundred', '1200'],
    ['six hundred and ten', '610'],
    ['four hundred and twelve thousand', '412000'],
    ['eleven', '11'],
  ])('number words "%s" also stand for %s, from the number lexicon', (text, digits) => {
    expect(words(text)).toContain(digits);
  });

  it('reads a run of number words as one number only where it is one', () => {
    expect(numberWordsValue(['twenty', 'one'])).toBe(21);
    expect(numberWordsValue(['one', 'two'])).toBeUndefined();
    expect(numberWordsValue(['migrants'])).toBeUndefined();
    expect(words('one two')).toEqual(['one', '1', 'two', '2']);
    expect(words('1.6 million')).not.toContain('1000000');
  });

  it('keeps each word’s place in the original text, so highlights land on the right characters', () => {
    const text = 'Mr. López said “over 8,000” arrived in Łódź for the cease-fire.';
    expect(tokenize(text, lexicon).map((t) => text.slice(t.start, t.end))).toEqual([
      'Mr', 'López', 'said', 'over', '8,000', 'arrived', 'in', 'Łódź', 'for', 'the', 'cease', 'cease-fire', 'fire',
    ]);
    for (const token of tokenize(text, lexicon)) {
      expect(terms(text.slice(token.start, token.end), lexicon)).toContain(token.term);
    }
  });

  it('gives a form that stands for a run of words the position of the run’s first word', () => {
    const tokens = tokenize('about eight thousand people', lexicon);
    expect(tokens.map((t) => [t.term, t.pos])).toEqual([
      ['about', 0],
      ['eight', 1],
      ['8000', 1],
      ['thousand', 2],
      ['people', 3],
    ]);
  });

  it('reads right-to-left scripts as words', () => {
    expect(terms('שלום עולם')).toEqual(['שלום', 'עולם']);
  });
});
