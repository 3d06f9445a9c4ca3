// Dates by calendar span, quotes whatever their marks, and paragraphs by what they say.
import { describe, expect, it } from 'vitest';
import { ALIGNMENT_THRESHOLD } from '../../../src/lib/compare/paragraphs';
import { compareStory, factLinks } from '../../../src/lib/compare';
import { quoteOverlap, quoteShare } from '../../../src/lib/compare/quotes';
import { article, date, person, quote } from './facts';

describe('dates across articles', () => {
  it('puts "Wednesday" and "Dec. 27" in one group when they resolve to the same day', () => {
    const weekday = date('a', 'Wednesday', '2023-12-27');
    const written = date('b', 'Dec. 27', '2023-12-27');
    const other = date('b', 'last week', '2023-12-18', '2023-12-24');
    const comparison = compareStory([article('a', 'A', { dates: [weekday] }), article('b', 'B', { dates: [written, other] })]);
    expect(comparison.dates.map((g) => [g.start, g.end, g.status, g.entries.map((e) => e.mentions.map((m) => m.text))])).toEqual([
      ['2023-12-27', '2023-12-27', 'shared', [['Wednesday'], ['Dec. 27']]],
      ['2023-12-18', '2023-12-24', 'only', [['last week']]],
    ]);
    expect(factLinks(comparison).get(`a:${weekday.id}`)?.summary).toBe('Wednesday, December 27, 2023 — A: Wednesday · B: Dec. 27');
  });

  it('keeps a month apart from a day inside it', () => {
    const comparison = compareStory([
      article('a', 'A', { dates: [date('a', 'December', '2023-12-01', '2023-12-31')] }),
      article('b', 'B', { dates: [date('b', 'Dec. 1', '2023-12-01')] }),
    ]);
    expect(comparison.dates.map((g) => g.status)).toEqual(['only', 'only']);
  });
});

describe('quotes across articles', () => {
  const full = '“The minister will discuss unprecedented flooding in the river valley and identify ways to rebuild the bridges.”';
  const part = '"unprecedented flooding in the river valley and identify ways to rebuild the bridges"';

  it('matches the same words whatever the quote marks and case, and says how much each carries', () => {
    expect(quoteOverlap(full, part)).toBe(1);
    expect(quoteShare(part, full)).toBeCloseTo(13 / 17, 5);
    const a = quote('a', full, 'the ministry');
    const b = quote('b', part);
    const comparison = compareStory([article('a', 'A', { quotes: [a] }), article('b', 'B', { quotes: [b] })]);
    expect(comparison.quotes).toHaveLength(1);
    const [group] = comparison.quotes;
    expect(group!.status).toBe('shared');
    expect(group!.entries.map((e) => Math.round(e.share * 100))).toEqual([100, 76]);
    expect(factLinks(comparison).get(`b:${b.id}`)?.summary).toBe('A: the whole quotation · B: 76% of the quotation');
  });

  it('matches curly and straight apostrophes inside the quote', () => {
    expect(quoteOverlap('“We’re not going to stop the rebuilding now”', '"we\'re not going to stop the rebuilding now"')).toBe(1);
  });

  it('does not match two quotes that only share a common phrase', () => {
    const a = quote('a', '“We will work with the United States on trade, energy and security for years to come.”');
    const b = quote('b', '“Our farmers cannot compete, and we will work with the United States only if tariffs fall.”');
    expect(compareStory([article('a', 'A', { quotes: [a] }), article('b', 'B', { quotes: [b] })]).quotes.map((g) => g.status)).toEqual([
      'only',
      'only',
    ]);
  });

  it('does not match a one-word scare quote to a long quotation containing the word', () => {
    const a = quote('a', '“unprecedented”');
    const b = quote('b', full);
    expect(compareStory([article('a', 'A', { quotes: [a] }), article('b', 'B', { quotes: [b] })]).quotes).toHaveLength(2);
  });
});

describe('paragraph alignment', () => {
  const one = [
    'The council voted on Tuesday to close the old harbour bridge after inspectors found cracks in its main span.',
    'Mayor Greta Lind said the closure would last at least six months.',
    'Local fishermen said the decision would hurt their trade.',
  ];
  const two = [
    'Fishing crews warned that their business would suffer.',
    'Inspectors discovered cracks in the main span of the harbour bridge, and the council voted to close it.',
    'Lind, the mayor, expects the bridge to stay shut for half a year.',
    'The weather service forecast snow for the weekend.',
  ];

  it('links each paragraph to its counterpart by its wording', () => {
    const mayorA = person('a', 'Greta Lind', { titles: ['Mayor'], paragraph: 2 });
    const mayorB = person('b', 'Lind', { surname: 'Lind', titles: ['mayor'], paragraph: 3 });
    const comparison = compareStory([article('a', 'A', { people: [mayorA] }, one), article('b', 'B', { people: [mayorB] }, two)]);
    const fromA = comparison.alignments.filter((x) => x.from.article === 'a').map((x) => [x.from.paragraph, x.to.paragraph]);
    expect(fromA).toContainEqual([1, 2]);
    const bridge = comparison.alignments.find((x) => x.from.article === 'a' && x.from.paragraph === 1)!;
    expect(bridge.sharedFacts).toEqual([]);
    const fromB = comparison.alignments.filter((x) => x.from.article === 'b').map((x) => x.from.paragraph);
    // The weather paragraph has no counterpart.
    expect(fromB).not.toContain(4);
    for (const x of comparison.alignments) expect(x.score).toBeGreaterThanOrEqual(ALIGNMENT_THRESHOLD);
  });

  it('does not align paragraphs by a shared fact alone: the figure matcher reads alignment, so that would be circular', () => {
    const a = person('a', 'Greta Lind', { titles: ['Mayor'], paragraph: 1 });
    const b = person('b', 'Greta Lind', { titles: ['Mayor'], paragraph: 1 });
    const comparison = compareStory([article('a', 'A', { people: [a] }, ['Greta Lind opened the fair.']), article('b', 'B', { people: [b] }, ['Rain is due on Friday.'])]);
    expect(comparison.alignments).toEqual([]);
  });

  it('reports nothing to align in a story of one article', () => {
    const comparison = compareStory([article('a', 'A', {}, one)]);
    expect(comparison.alignments).toEqual([]);
    expect(comparison.articles.map(({ id, outlet }) => ({ id, outlet }))).toEqual([{ id: 'a', outlet: 'A' }]);
  });
});
