// Every internal link works, at the root and under a sub-path deploy.
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../support/links';
import { $$, readPage } from '../support/html';
import { SUBPATH } from '../support/globalSetup';

describe('internal links', () => {
  it('all resolve, anchors included, in the root build', () => {
    expect(findBrokenLinks(inject('distDir'), '/')).toEqual([]);
  });

  it('all resolve under a sub-path base, and every one stays inside it', () => {
    const home = readPage(inject('subpathDistDir'), 'index.html');
    const storyLinks = $$(home, 'a[href*="/stories/"]').map((a) => String(a.properties.href));
    expect(storyLinks.length).toBeGreaterThan(0);
    expect(storyLinks.every((href) => href.startsWith(`${SUBPATH}stories/`))).toBe(true);
    expect(findBrokenLinks(inject('subpathDistDir'), SUBPATH)).toEqual([]);
  });
});
