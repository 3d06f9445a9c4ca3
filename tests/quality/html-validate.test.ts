// Gate: every built page is valid HTML by html-validate's recommended rules (tests/quality/htmlvalidate.json).
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './pages';
import { htmlErrors } from './validate';

const distDir = inject('distDir');

describe('html-validate', () => {
  it('finds the pages of the build', () => {
    const types = new Set(builtPages(distDir).map((p) => p.type));
    for (const type of ['home', 'not-found', 'story', 'article']) expect(types).toContain(type);
  });

  for (const page of builtPages(distDir)) {
    it(`reports no errors on /${page.path}`, async () => {
      expect(await htmlErrors(join(distDir, page.file))).toEqual([]);
    });
  }
});
