// Every saved page in tests/fixtures/import/ against the output written for it before the importer
// existed: the exact content file (run with story "test-story"), where each field came from, or the
// one-line error. See tests/fixtures/import/README.md for the conventions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors';
import { articleData, contentFile } from '../../../src/lib/import/frontmatter';
import { ROOT } from '../../support/site';
import { importFixture } from './support';

const FIXTURES = join(ROOT, 'tests/fixtures/import');
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('saved pages → content files', () => {
  it('has the six page shapes the issue asks for, and a page that must fail', () => {
    expect(cases).toEqual(expect.arrayContaining(['wordpress', 'arc-nextjs', 'wire-syndicated', 'gov-release', 'live-blog', 'meta-only', 'no-article']));
  });

  for (const name of cases) {
    const dir = join(FIXTURES, name);
    if (existsSync(join(dir, 'expected-error.txt'))) {
      it(`${name}: refused with its message`, () => {
        const expected = readFileSync(join(dir, 'expected-error.txt'), 'utf8').trim();
        let error: unknown;
        try {
          importFixture(name);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).problem).toBe(expected);
        expect((error as ImportError).message).toBe(`tests/fixtures/import/${name}/page.html: ${expected}`);
      });
      continue;
    }

    it(`${name}: the content file, byte for byte`, () => {
      const article = importFixture(name);
      const expected = readFileSync(join(dir, 'expected.md'), 'utf8');
      expect(contentFile(articleData('test-story', article.fields), article.body)).toBe(expected);
    });

    it(`${name}: each field from the source the precedence gives`, () => {
      const article = importFixture(name);
      const written = articleData('test-story', article.fields);
      const sources = Object.fromEntries(
        Object.entries(article.fields)
          .filter(([field]) => field in written)
          .map(([field, value]) => [field, value.source]),
      );
      expect(sources).toEqual(JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')));
    });
  }
});
