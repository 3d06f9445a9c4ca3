// Readers compare outlets word for word, so every paragraph the site shows must be the seed text.
// The seeds are kept in the repository (tests/fixtures/seeds/, a byte-for-byte copy of the texts as
// received, with their README), so this runs from a plain clone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { $$, readPage, textOf } from '../support/html';
import { ROOT } from '../support/site';

const SEEDS = join(ROOT, 'tests/fixtures/seeds');
const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// The seeds' README says which lines are not article text: Fox's headline (first line), its
// credit line and site footer (last two); UPI has neither.
const lines = (file: string) => readFileSync(join(SEEDS, file), 'utf8').split('\n').map(fold).filter(Boolean);
const fox = lines('000_82c9c0f3310fb0ec.txt');
const seeds = { 'fox-news': fox.slice(1, -2), upi: lines('003_b4f17a121d210189.txt') };

describe('seed articles are shown verbatim', () => {
  for (const [article, expected] of Object.entries(seeds)) {
    for (const page of [STORY, `${STORY}${article}/`]) {
      it(`${article} on ${page}`, () => {
        const tree = readPage(inject('distDir'), page);
        const shown = $$(tree, `[id^="${article}-p"]`).map(textOf);
        expect(shown).toEqual(expected);
      });
    }
  }

  it('keeps the credit line as the contribution note and drops the site footer', () => {
    const tree = readPage(inject('distDir'), STORY);
    expect($$(tree, '#col-fox-news .credit').map(textOf)).toEqual([`Credit: ${fox.at(-2)}`]);
    expect(textOf(tree)).not.toContain(fox.at(-1));
  });

  it('keeps curly quotes and the em dash', () => {
    const tree = readPage(inject('distDir'), STORY);
    const upiFirst = $$(tree, '#upi-p1').map(textOf)[0];
    expect(upiFirst).toMatch(/^Dec\. 27 \(UPI\) — Secretary of State/);
    expect($$(tree, '#fox-news-p1').map(textOf)[0]).toContain('“unprecedented”');
  });
});
