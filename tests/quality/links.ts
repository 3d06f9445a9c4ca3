// linkinator over a served build: every internal link and #fragment of every page must resolve.
import { check, LinkState } from 'linkinator';
import type { BuiltPage } from './pages';

/** Each broken internal link of the pages, as `target (status) on page`; external links are not followed. */
export async function brokenLinks(siteUrl: string, pages: BuiltPage[]): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const result = await check({
    // Every page as a start, so a page nothing links to (404.html) has its own links checked too.
    path: pages.map((page) => siteUrl + page.path),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  return result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status}) on ${link.parent}`);
}
