// Every internal link works, at the root and under a sub-path deploy.
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../support/links';
import { $$, readPage } from '../support/html';
import { buildSite, removeBuild } from '../support/site';

describe('internal links', () => {
  it('all resolve, anchors included, in the root build', () => {
    expect(findBrokenLinks(inject('distDir'), '/')).toEqual([]);
  });

  it('all resolve under a sub-path base, and every one stays inside it', async () => {
    const build = await buildSite({ base: '/parallax/' });
    expect(build.ok, build.output).toBe(true);
    const home = readPage(build.outDir, 'index.html');
    const storyLinks = $$(home, 'a[href*="/stories/"]').map((a) => String(a.properties.href));
    expect(storyLinks.length).toBeGreaterThan(0);
    expect(storyLinks.every((href) => href.startsWith('/parallax/stories/'))).toBe(true);
    expect(findBrokenLinks(build.outDir, '/parallax/')).toEqual([]);
    removeBuild(build);
  });
});
