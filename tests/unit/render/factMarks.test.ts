// Fixture-driven: tests/fixtures/render/<case>/input.md + marks.json → output.html.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/lib/parse/parseArticle';
import { rehypeFactMarks, type FactMark } from '../../../src/lib/render/factMarks';

const FIXTURES = join(import.meta.dirname, '../../fixtures/render');

describe('rehypeFactMarks', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const read = (file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
      const { tree } = parseArticle(read('input.md'), (block) => `a-${block}`);
      const before = toString(tree);
      const marks = (JSON.parse(read('marks.json')) as Omit<FactMark, 'attributes'>[]).map((m) => ({ ...m, attributes: {} }));
      unified().use(rehypeFactMarks, { marks }).runSync(tree);
      expect(toHtml(tree).trim()).toBe(read('output.html').trim());
      expect(toString(tree)).toBe(before);
    });
  }
});
