// The reader's first minute (issue 12), in Chromium at 1280 × 900 and 390 × 844: the differences
// first, a calm text whose tints tell people from dates, the keyboard path to the conflict, the
// figures view on a phone, no sideways scrolling anywhere, the article page, times in the
// outlet's own zone, and the home page. The real site and a fixture site of three reports
// (tests/fixtures/sites/reader: pair pages, a table, times in two zones and a bare date).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { buildSite, removeBuild, ROOT, type BuildResult } from '../support/site';
import { auditPage, axeViolations, HIGHLIGHTS_OFF, LOADED } from '../quality/axe';
import { builtPages } from '../quality/pages';
import { htmlErrors } from '../quality/validate';
import { deltaE2000, over, parseColor, toLab } from './color';

const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** How far down a phone page the first paragraph of the reports may start (issue 12). */
const FIRST_PARAGRAPH_MAX = 2110;

let browser: Browser;
let fixture: BuildResult;
let fixtureServer: StaticServer;
/** URL of the fixture site of three reports. */
let reader: string;

beforeAll(async () => {
  [browser, fixture] = await Promise.all([launchBrowser(), buildSite({ contentDir: join(ROOT, 'tests/fixtures/sites/reader/content') })]);
  if (!fixture.ok) throw new Error(fixture.output);
  fixtureServer = await serveStatic(fixture.outDir);
  reader = fixtureServer.url;
});
afterAll(async () => {
  await browser?.close();
  await fixtureServer?.close();
  if (fixture) removeBuild(fixture);
});

async function open(url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: SIZES.desktop, ...options });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}
const close = (page: Page) => page.context().close();

/** Whether an element lies wholly inside the first viewport, without scrolling. */
const inFirstViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return { text: (el.textContent ?? '').trim(), visible: r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && scrollY === 0 };
    }),
  );

describe('differences first', () => {
  for (const [name, viewport] of Object.entries(SIZES)) {
    for (const javaScriptEnabled of [true, false]) {
      it(`shows both values of the seed conflict in the first viewport at ${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
        const { page, errors } = await open(inject('siteUrl') + STORY, { viewport, javaScriptEnabled });
        const values = await inFirstViewport(page, '#differences .difference:first-child .value');
        expect(values.map((v) => v.text)).toEqual([expect.stringMatching(/^Fox News\s*over 8,000/), expect.stringMatching(/^UPI\s*estimated at 6,000/)]);
        for (const value of values) expect(value.visible, `${name}: ${value.text}`).toBe(true);
        // Outside the detailed summary, so closing (or never opening) it cannot hide the conflict.
        expect(await page.locator('#differences').evaluate((el) => el.closest('details') === null)).toBe(true);
        expect(errors).toEqual([]);
        await close(page);
      });
    }
  }

  it('on a phone, starts the first paragraph of the reports within 2,110 px, the detailed summary one tap away', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await open(inject('siteUrl') + STORY, { viewport: SIZES.phone, javaScriptEnabled });
      const top = await page.locator('.article-column [data-paragraph]').first().evaluate((p) => p.getBoundingClientRect().top + scrollY);
      expect(top, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(FIRST_PARAGRAPH_MAX);
      const glance = page.locator('details.story-summary');
      expect(await glance.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await expect(glance.locator('summary').isVisible()).resolves.toBe(true);
      await glance.locator('summary').click();
      await expect(glance.locator('#glance-officials').isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await close(page);
    }
  });

  it('on a wide screen, shows the detailed summary open and compact, with or without JavaScript, and it still closes', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await open(inject('siteUrl') + STORY, { javaScriptEnabled });
      const glance = page.locator('details.story-summary');
      await expect(glance.locator('#glance-officials').isVisible()).resolves.toBe(true);
      const height = await glance.evaluate((d) => d.getBoundingClientRect().height);
      expect(height, 'compact: under a third of a 900 px screen').toBeLessThan(340);
      if (javaScriptEnabled) {
        expect(await glance.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        await glance.locator('summary').click();
        await expect(glance.locator('#glance-officials').isVisible()).resolves.toBe(false);
      }
      await close(page);
    }
  });
});

describe('keyboard', () => {
  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`reaches the first conflict in at most 5 Tabs from page load, through "Skip to differences" (${name})`, async () => {
      const { page } = await open(inject('siteUrl') + STORY, { viewport });
      let tabs = 0;
      let inConflict = false;
      while (tabs < 10 && !inConflict) {
        await page.keyboard.press('Tab');
        tabs++;
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { text: el.textContent?.trim() ?? '', inConflict: el.closest('#differences .difference') !== null && el.matches('a') };
        });
        inConflict = at.inConflict;
        // A keyboard reader follows the skip link they are offered.
        if (at.text === 'Skip to differences') await page.keyboard.press('Enter');
      }
      expect(inConflict).toBe(true);
      expect(tabs, `Tabs to the first conflict (${name})`).toBeLessThanOrEqual(5);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('over 8,000');
      console.log(`Tabs to the first conflict at ${viewport.width} px: ${tabs}`);
      await close(page);
    });
  }

  it('after following a link in a fact card, closes the card and puts focus on the paragraph', async () => {
    const { page, errors } = await open(inject('siteUrl') + STORY);
    const card = page.locator('#fact-card');
    // By keyboard: focus the conflict, Enter into the card, Enter on its second link (UPI's paragraph).
    await page.locator('#col-fox-news mark.fact[data-status="conflict"]', { hasText: '8,000' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(href).toMatch(/^#upi-p\d+$/);
    await page.keyboard.press('Enter');
    await expect(card.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => ({ focus: document.activeElement?.id, hash: location.hash }))).toEqual({ focus: href!.slice(1), hash: href });
    // The paragraph is where the reader is now: marked as the target, and on screen once the (smooth) scroll ends.
    expect(await page.locator(href!).evaluate((p) => p.matches(':target'))).toBe(true);
    await page.waitForFunction((selector) => {
      const top = document.querySelector(selector)!.getBoundingClientRect().top;
      return top >= -1 && top < innerHeight - 40;
    }, href!, { timeout: 3000 });
    // With the mouse: hover a shared name, click a paragraph link in the card.
    await page.locator('#col-fox-news mark.fact-person').first().hover();
    await card.locator('a').first().click();
    await expect(card.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-paragraph]'))).toBe(true);
    expect(errors).toEqual([]);
    await close(page);
  });
});

describe('a calmer text', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`tints people and dates CIEDE2000 ΔE ≥ 10 apart, measured on the rendered marks over the page (${colorScheme})`, async () => {
      const { page } = await open(inject('siteUrl') + STORY, { colorScheme });
      const backgrounds = await page.evaluate(() => {
        const behind = (el: Element | null): string => {
          for (let node = el; node; node = node.parentElement) {
            const color = getComputedStyle(node).backgroundColor;
            if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        const of = (selector: string) => {
          const mark = document.querySelector(`.article-column ${selector}`)!;
          return { mark: getComputedStyle(mark).backgroundColor, page: behind(mark.parentElement) };
        };
        return { person: of('mark.fact-person'), date: of('mark.fact-date'), figure: of('mark.fact-figure') };
      });
      const lab = ({ mark, page: under }: { mark: string; page: string }) => toLab(over(parseColor(mark), parseColor(under)));
      const personDate = deltaE2000(lab(backgrounds.person), lab(backgrounds.date));
      console.log(`ΔE2000 person/date (${colorScheme}): ${personDate.toFixed(1)}; person/figure ${deltaE2000(lab(backgrounds.person), lab(backgrounds.figure)).toFixed(1)}; date/figure ${deltaE2000(lab(backgrounds.date), lab(backgrounds.figure)).toFixed(1)}`);
      expect(personDate).toBeGreaterThanOrEqual(10);
      await close(page);
    });
  }

  it('puts no symbol on shared marks; a conflict gets a wavy line and "≠", one-sided figures a line: status without colour', async () => {
    const { page } = await open(inject('siteUrl') + STORY);
    const looks = await page.evaluate(() => {
      const look = (mark: Element) => ({
        after: getComputedStyle(mark, '::after').content,
        line: getComputedStyle(mark).textDecorationLine,
        style: getComputedStyle(mark).textDecorationStyle,
      });
      const all = (status: string, kind = '') => [...document.querySelectorAll(`.article-column mark.fact${kind}[data-status="${status}"]`)].map(look);
      return { shared: all('shared'), conflict: all('conflict'), onlyFigures: all('only', '.fact-figure') };
    });
    expect(looks.shared.length).toBeGreaterThan(20);
    for (const l of looks.shared) expect(l).toMatchObject({ after: 'none', line: 'none' });
    for (const l of looks.conflict) expect(l).toMatchObject({ line: 'underline', style: 'wavy', after: expect.stringContaining('≠') });
    for (const l of looks.onlyFigures) expect(l).toMatchObject({ line: 'underline', style: 'dotted', after: 'none' });
    await close(page);
  });
});

describe('the figures view on any screen', () => {
  it('below 40 rem draws one card per quantity, status first, the conflict first', async () => {
    const { page } = await open(`${inject('siteUrl')}${STORY}figures/`, { viewport: SIZES.phone });
    const cards = await page.locator('[data-figure-rows] tr').evaluateAll((rows) =>
      rows.map((row) => {
        const first = [...row.children].find((c) => c.getBoundingClientRect().height > 0)!;
        const r = row.getBoundingClientRect();
        return { display: getComputedStyle(row).display, first: first.className, text: first.textContent?.trim(), right: r.right, status: (row as HTMLElement).dataset.status };
      }),
    );
    expect(cards[0]!.status).toBe('conflict');
    for (const card of cards) {
      expect(card.display).toBe('block');
      expect(card.first).toContain('status');
      expect(card.right).toBeLessThanOrEqual(390);
    }
    expect(cards[0]!.text).toMatch(/^≠\s*Conflict: differ by 2,000/);
    await close(page);
  });

  it('keeps the table, conflicts first, on a wide screen', async () => {
    const { page } = await open(`${inject('siteUrl')}${STORY}figures/`);
    expect(await page.locator('table').evaluate((t) => getComputedStyle(t).display)).toBe('table');
    expect(await page.locator('[data-figure-rows] tr').first().getAttribute('data-status')).toBe('conflict');
    await close(page);
  });

  for (const [name, viewport] of Object.entries(SIZES)) {
    it(`draws chart text at 11 CSS px or more as rendered, with ticks and value labels, nothing clipped (${name})`, async () => {
      const { page } = await open(`${inject('siteUrl')}${STORY}figures/`, { viewport });
      const chart = await page.locator('.figure-chart-box').evaluate((box) => {
        const svg = box.querySelector('svg')!;
        const bounds = box.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => {
          const m = t.getScreenCTM()!;
          return { text: t.textContent ?? '', size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b), className: t.getAttribute('class') };
        });
        const outside = [...svg.querySelectorAll('text, rect, circle, use, line')]
          .map((el) => ({ el: `${el.tagName} ${el.textContent ?? ''}`, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.left < Math.max(0, bounds.left) - 0.5 || r.right > Math.min(innerWidth, bounds.right) + 0.5 || r.top < bounds.top - 0.5 || r.bottom > bounds.bottom + 0.5)
          .map(({ el }) => el);
        const panels = [...svg.querySelectorAll('.panel')].map((p) => ({ ticks: p.querySelectorAll('.tick').length, labels: p.querySelectorAll('.label').length, values: p.querySelectorAll('.value').length }));
        return { texts, outside, panels };
      });
      const smallest = Math.min(...chart.texts.map((t) => t.size));
      console.log(`Smallest chart text at ${viewport.width} px: ${smallest.toFixed(1)} CSS px`);
      expect(smallest).toBeGreaterThanOrEqual(11);
      expect(chart.outside).toEqual([]);
      expect(chart.panels.length).toBeGreaterThan(0);
      for (const panel of chart.panels) {
        expect(panel.ticks).toBeGreaterThanOrEqual(3);
        expect(panel.labels).toBeGreaterThanOrEqual(panel.values);
      }
      expect(chart.texts.filter((t) => t.className === 'label').map((t) => t.text)).toEqual(['Fox News: over 8,000', 'UPI: estimated at 6,000']);
      await close(page);
    });
  }
});

describe('no sideways scrolling at 390 px', () => {
  const pages = () => [
    ['home', inject('siteUrl')],
    ['story', inject('siteUrl') + STORY],
    ['article', `${inject('siteUrl')}${STORY}fox-news/`],
    ['figures', `${inject('siteUrl')}${STORY}figures/`],
    ['search', `${inject('siteUrl')}search/?q=Mayorkas`],
    ['home (fixture)', reader],
    ['story of three (fixture)', `${reader}stories/harbour-fire/`],
    ['pair page (fixture)', `${reader}stories/harbour-fire/compare/coast-wire/evening-post/`],
    ['article with a wide table (fixture)', `${reader}stories/harbour-fire/coast-wire/`],
    ['figures of three (fixture)', `${reader}stories/harbour-fire/figures/`],
  ];
  it('on any page type, with JavaScript on and off', async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const [name, url] of pages()) {
        const { page } = await open(url!, { viewport: SIZES.phone, javaScriptEnabled });
        if (javaScriptEnabled && name === 'search') await page.locator('#search-page-results [role="option"]').first().waitFor({ state: 'visible', timeout: 10_000 });
        const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(width.scroll, `${name}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(width.client);
        await close(page);
      }
    }
  });
});

describe('the article page', () => {
  it('links to the other reports and the figures, and uses a wide screen: the text at its measure, the story beside it', async () => {
    const { page } = await open(`${inject('siteUrl')}${STORY}fox-news/`);
    const aside = page.locator('.article-aside');
    await expect(aside.getByRole('link', { name: /Antony Blinken, Alejandro Mayorkas travel to Mexico/ }).getAttribute('href')).resolves.toBe(`/${STORY}upi/`);
    await expect(aside.getByRole('link', { name: 'Figures compared' }).getAttribute('href')).resolves.toBe(`/${STORY}figures/`);
    const [column, side] = await Promise.all([page.locator('.article-column').boundingBox(), aside.boundingBox()]);
    expect(side!.x).toBeGreaterThan(column!.x + column!.width);
    expect(side!.y).toBeLessThan(column!.y + 200);
    const charsPerLine = await page.locator('#fox-news-p1').evaluate((p) => (p.textContent ?? '').length / Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
    expect(charsPerLine).toBeGreaterThan(50);
    expect(charsPerLine).toBeLessThan(85);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/original link not recorded/i);
    expect(text).toMatch(/Original\s*not recorded/);
    await close(page);
  });

  it('shows times in the report’s own offset with its zone, and a bare date alone', async () => {
    const { page } = await open(`${reader}stories/harbour-fire/coast-wire/`);
    await expect(page.locator('.article-meta time').textContent()).resolves.toBe('March 14, 2024, 19:10 UTC+1');
    await expect(page.locator('.article-meta time').getAttribute('datetime')).resolves.toBe('2024-03-14T19:10:00+01:00');
    const others = await page.locator('.article-aside time').allTextContents();
    expect(others).toEqual(['March 14, 2024, 21:45 UTC−5', 'March 15, 2024']);
    await close(page);
  });
});

describe('the home page', () => {
  it('counts reports with a space and states each story’s headline conflict', async () => {
    const { page } = await open(inject('siteUrl'), { viewport: SIZES.phone });
    // What a sighted reader sees: the text without what is there for screen readers only.
    const text = await page.locator('.story').first().evaluate((story) => {
      const copy = story.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ');
    });
    expect(text).toContain('2 reports: Fox News, UPI');
    expect(text).toMatch(/migrants: Fox News over 8,000 vs UPI estimated at 6,000 — Conflict: differ by 2,000 \(\+33%\)/);
    await close(page);
  });
});

describe('the quality gates on what the main site lacks', () => {
  it('finds no axe violations on the fixture’s pair page, article with a table and figures of three (light and dark, highlights on and off)', async () => {
    for (const path of ['stories/harbour-fire/compare/coast-wire/evening-post/', 'stories/harbour-fire/coast-wire/', 'stories/harbour-fire/figures/']) {
      expect(await auditPage(browser, reader + path, [LOADED, HIGHLIGHTS_OFF]), path).toEqual([]);
    }
  });

  it('finds no axe violations on a phone: the story with its summary open, the figures as cards', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await open(inject('siteUrl') + STORY, { viewport: SIZES.phone, colorScheme });
      await page.evaluate(axeSource);
      await page.locator('details.story-summary summary').click();
      expect(await axeViolations(page), `story, ${colorScheme}`).toEqual([]);
      await page.goto(`${inject('siteUrl')}${STORY}figures/`);
      await page.evaluate(axeSource);
      expect(await axeViolations(page), `figures, ${colorScheme}`).toEqual([]);
      await close(page);
    }
  });

  it('builds valid HTML for every page of the fixture', async () => {
    for (const page of builtPages(fixture.outDir)) expect(await htmlErrors(join(fixture.outDir, page.file)), page.path).toEqual([]);
  });
});
