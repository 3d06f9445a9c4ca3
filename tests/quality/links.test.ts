// Gate: linkinator, following the served build the way a crawler does, finds no broken internal
// link or anchor. (The sub-path deploy is crawled in fixture-site.test.ts, on a site with every page type.)
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks } from './links';
import { builtPages } from './pages';

describe('linkinator', () => {
  it('finds no broken internal link or anchor in the root build', async () => {
    expect(await brokenLinks(inject('siteUrl'), builtPages(inject('distDir')))).toEqual([]);
  }, 120_000);
});
