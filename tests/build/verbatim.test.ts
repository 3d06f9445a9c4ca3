// Readers compare outlets word for word, so every paragraph the site shows must be the seed text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { $$, readPage, textOf } from '../support/html';
import { ROOT } from '../support/site';

const SEEDS = join(ROOT, '../shared/seeds');
const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// The seeds' README says which lines are not article text: Fox's headline (first line), its
// credit line and site footer (last two); UPI has neither.
const seeds = {
  'fox-news': readFileSync(join(SEEDS, '000_82c9c0f3310fb0ec.txt'), 'utf8').split(/\n/).slice(1, -2),
  upi: readFileSync(join(SEEDS, '003_b4f17a121d210189.txt'), 'utf8').split(/\n/),
};

describe('seed articles are shown verbatim', () => {
  for (const [article, lines] of Object.entries(seeds)) {
    const expected = lines.map(fold).filter(Boolean);
    for (const page of [STORY, `${STORY}${article}/`]) {
      it(`${article} on ${page}`, () => {
        const tree = readPage(inject('distDir'), page);
        const shown = $$(tree, `[id^="${article}-p"]`).map(textOf);
        expect(shown).toEqual(expected);
      });
    }
  }

  it('keeps curly quotes and the em dash', () => {
    const tree = readPage(inject('distDir'), STORY);
    const upiFirst = $$(tree, '#upi-p1').map(textOf)[0];
    expect(upiFirst).toMatch(/^Dec\. 27 \(UPI\) — Secretary of State/);
    expect($$(tree, '#fox-news-p1').map(textOf)[0]).toContain('“unprecedented”');
  });
});
