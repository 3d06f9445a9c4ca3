// Held-out text must stay held out: no run of six or more of its words may appear in the code or
// the unit tests, comments and word lists included. Otherwise a rule can be written for a sentence
// that the evaluation then "finds", and the held-out score stops meaning anything. Text is compared
// after folding case, accents, quote marks and punctuation, so a copied phrase cannot hide behind a
// curly apostrophe.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/text';

const ROOT = join(import.meta.dirname, '../../..');
/** Folders of held-out fixtures: the extraction sets and the matching corpus's held-out split. */
const HELD_OUT = ['tests/fixtures/extraction-heldout', 'tests/fixtures/extraction-heldout-b', 'tests/fixtures/matching/heldout'];
/** Where held-out text must never appear. */
const GUARDED = ['src', 'tests/unit'];
const RUN = 6;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Lower-case words without accents or punctuation ("Valparaíso’s" → "valparaiso s"). */
const wordsOf = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

// A run is prose only when most of it is words: six numbers in a row ("2025 02 06t16 45 00") are
// a timestamp or a table, which any test may need.
const isProse = (run: string[]) => run.filter((w) => /^\p{L}{2,}$/u.test(w)).length >= RUN - 2;

function runsOf(text: string): string[] {
  const words = wordsOf(text);
  return Array.from({ length: Math.max(0, words.length - RUN + 1) }, (_, i) => words.slice(i, i + RUN))
    .filter(isProse)
    .map((run) => run.join(' '));
}

// Held-out runs: the articles and every string in the labels (quotes and probe sentences included).
const heldOut = new Map<string, string>();
for (const dir of HELD_OUT) {
  for (const file of files(join(ROOT, dir))) {
    if (!/\.(?:md|json)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const strings = file.endsWith('.json') ? [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!) : [text];
    for (const s of strings) for (const run of runsOf(s)) if (!heldOut.has(run)) heldOut.set(run, relative(ROOT, file));
  }
}

describe('held-out text stays out of the code and the unit tests', () => {
  it('has held-out text to guard', () => {
    expect(heldOut.size).toBeGreaterThan(1000);
  });

  for (const dir of GUARDED) {
    it(`no run of ${RUN} held-out words appears in ${dir}/`, () => {
      const leaks: string[] = [];
      for (const file of files(join(ROOT, dir))) {
        if (!/\.(?:ts|astro|js|mjs|json|md|css)$/.test(file)) continue;
        for (const run of new Set(runsOf(readFileSync(file, 'utf8')))) {
          const source = heldOut.get(run);
          if (source) leaks.push(`${relative(ROOT, file)}: "${run}" (from ${source})`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }
});
