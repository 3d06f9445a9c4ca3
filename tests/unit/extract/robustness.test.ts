import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/lib/extract';
import type { Paragraph } from '../../../src/lib/extract/types';
import { loadLabelledArticles } from '../../eval/extraction';

const run = (paragraphs: Paragraph[]) => extractFacts(paragraphs, { id: 't', published: '2024-01-01T10:00:00Z' });
const paragraphsOf = (...texts: string[]) => texts.map((text, i) => ({ index: i + 1, text }));

describe('extractor robustness', () => {
  it('returns empty fact lists for an article with no facts or no paragraphs', () => {
    expect(run([])).toEqual({ article: 't', people: [], dates: [], figures: [], quotes: [] });
    expect(run(paragraphsOf('the weather was fine and nothing happened at all.'))).toEqual({ article: 't', people: [], dates: [], figures: [], quotes: [] });
  });

  it('copes with odd characters, NBSPs, unbalanced quotes, lists and table rows', () => {
    const facts = run(
      paragraphsOf(
        'Mayor\u00A0Elena Paredes said “more than\u00A08,000 people — all of them” ... "unbalanced',
        'Région | 2,500 | 3.5%',
        '– Item: $1,200,000.',
        '\u200B\uFEFF\u0301 “” "" ’’ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🙂 ١٢٣',
      ),
    );
    expect(facts.people.map((p) => p.name)).toEqual(['Elena Paredes']);
    expect(facts.figures.map((f) => f.value)).toEqual([8000, 2500, 3.5, 1_200_000]);
  });

  it('extracts a 1 MB article in roughly linear time without catastrophic backtracking', () => {
    const base = loadLabelledArticles().flatMap((a) => a.paragraphs.map((p) => p.text));
    const hostile = ['A'.repeat(5000), '1,'.repeat(3000) + 'x', '“'.repeat(2000), 'Mr. '.repeat(2000) + 'Smith', ('Big Red ').repeat(2000)];
    const article = (chars: number) => {
      const texts: string[] = [];
      let size = 0;
      for (let i = 0; size < chars; i++) {
        const text = i % 50 === 49 ? hostile[(i / 50) % hostile.length | 0]! : base[i % base.length]!;
        texts.push(text);
        size += text.length;
      }
      return paragraphsOf(...texts);
    };
    const time = (paragraphs: Paragraph[]) => {
      const started = performance.now();
      run(paragraphs);
      return performance.now() - started;
    };
    time(article(20_000));
    const quarter = time(article(250_000));
    const full = time(article(1_000_000));
    // Generous on purpose: CI machines are shared; the ratio is what shows the growth is linear.
    expect(full).toBeLessThan(60_000);
    expect(full / quarter).toBeLessThan(8);
  }, 180_000);
});
