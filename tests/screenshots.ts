// `npm run screenshots`: refreshes the screenshots under public/screenshots/ from a fresh build.
// Each page type at 1280 × 900 (desktop) and 390 × 844 (phone), as a reader first sees it, and the
// story page in the dark theme at both sizes. The real site gives home, story, article, figures and
// search; the pair page comes from the fixture site of three reports (tests/fixtures/sites/reader),
// since the real site's one story has two. story-page.png is the README's picture (the desktop story).
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { serveStatic } from './support/server';
import { buildSite, removeBuild, ROOT } from './support/site';

const OUT = join(ROOT, 'public/screenshots');
const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

interface Shot {
  name: string;
  site: 'main' | 'fixture';
  path: string;
  dark?: boolean;
  /** Waits for what the shot should show, once the page has loaded. */
  ready?: (page: Page) => Promise<unknown>;
}

const SHOTS: Shot[] = [
  { name: 'home', site: 'main', path: '' },
  { name: 'story', site: 'main', path: STORY },
  { name: 'story-dark', site: 'main', path: STORY, dark: true },
  { name: 'article', site: 'main', path: `${STORY}fox-news/` },
  { name: 'figures', site: 'main', path: `${STORY}figures/` },
  {
    name: 'search',
    site: 'main',
    path: 'search/?q=Mayorkas',
    ready: (page) => page.locator('#search-page-results [role="option"]').first().waitFor({ state: 'visible', timeout: 10_000 }),
  },
  { name: 'pair', site: 'fixture', path: 'stories/harbour-fire/compare/coast-wire/evening-post/' },
];

const builds = await Promise.all([buildSite(), buildSite({ contentDir: join(ROOT, 'tests/fixtures/sites/reader/content') })]);
try {
  const failed = builds.find((b) => !b.ok);
  if (failed) throw new Error(`The site did not build:\n${failed.output}`);
  const [main, fixture] = await Promise.all(builds.map((b) => serveStatic(b.outDir)));
  const sites = { main: main!.url, fixture: fixture!.url };
  const browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      // A phone as a phone: touch, overlay scroll bars, the page's own viewport.
      const phone = size === 'phone' ? { isMobile: true, hasTouch: true } : {};
      const context = await browser.newContext({ viewport, ...phone, colorScheme: shot.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(sites[shot.site] + shot.path, { waitUntil: 'networkidle' });
      await shot.ready?.(page);
      const file = join(OUT, `${shot.name}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(`public/screenshots/${shot.name}-${size}.png`);
      await context.close();
    }
  }
  copyFileSync(join(OUT, 'story-desktop.png'), join(OUT, 'story-page.png'));
  console.log('public/screenshots/story-page.png (the README’s, = story-desktop.png)');
  await browser.close();
  await Promise.all([main!.close(), fixture!.close()]);
} finally {
  builds.forEach(removeBuild);
}
