// Search as a reader uses it, in Chromium against the built site and the built search fixture
// site (tests/fixtures/sites/search: Łódź, Đoković, Straße, compounds, decimals).
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser';
import { SUBPATH } from '../support/globalSetup';
import { serveStatic, type StaticServer } from '../support/server';
import { buildSite, removeBuild, ROOT, type BuildResult } from '../support/site';

let browser: Browser;
let fixture: BuildResult;
let fixtureServer: StaticServer;
beforeAll(async () => {
  [browser, fixture] = await Promise.all([launchBrowser(), buildSite({ contentDir: join(ROOT, 'tests/fixtures/sites/search/content') })]);
  if (!fixture.ok) throw new Error(fixture.output);
  fixtureServer = await serveStatic(fixture.outDir);
});
afterAll(async () => {
  await browser?.close();
  await fixtureServer?.close();
  if (fixture) removeBuild(fixture);
});

interface Visit {
  page: Page;
  errors: string[];
  requests: string[];
}

async function visit(path: string, options: BrowserContextOptions = {}, site = inject('siteUrl')): Promise<Visit> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, site).href);
  return { page, errors, requests };
}

const field = (page: Page) => page.locator('#site-search');
const options = (page: Page) => page.locator('[role=option]:visible');
const isIndexFile = (url: string) => /\/search\/[0-9a-f]{12}\//.test(url);
const queryOf = (page: Page) => new URL(page.url()).searchParams.get('q');

describe('search', () => {
  it('downloads no search code or index until the field is focused', async () => {
    const { page, requests } = await visit('');
    await page.waitForLoadState('networkidle');
    const before = [...requests];
    expect(before.filter(isIndexFile)).toEqual([]);

    await field(page).focus();
    await page.waitForRequest((request) => request.url().endsWith('/manifest.json'));
    const after = requests.slice(before.length);
    const code = after.filter((url) => url.endsWith('.js'));
    expect(code.length).toBeGreaterThan(0);
    expect(before.filter((url) => code.includes(url))).toEqual([]);
    await page.context().close();
  });

  it('finds Mayorkas from the typo "Mayorcas" and lands on the paragraph', async () => {
    const { page, errors } = await visit('');
    await field(page).pressSequentially('Mayorcas');
    const hit = options(page).filter({ has: page.locator('mark', { hasText: 'Mayorkas' }) }).first();
    await expect.poll(() => hit.count()).toBe(1);
    const href = (await hit.getAttribute('href'))!;
    const anchor = href.slice(href.indexOf('#') + 1);
    expect(anchor).toMatch(/-p\d+$/);

    await hit.click();
    await page.waitForURL((url) => url.hash === `#${anchor}`);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      return { id: element?.id, text: element?.textContent ?? '' };
    });
    expect(target.id).toBe(anchor);
    expect(target.text).toContain('Mayorkas');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is reached with "/" and driven with the arrow keys and Enter', async () => {
    const { page, errors } = await visit('');
    await page.locator('body').press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Blinken');
    await expect.poll(() => options(page).count()).toBeGreaterThan(1);
    const input = field(page);
    expect(await input.getAttribute('aria-expanded')).toBe('true');

    const active = async () => {
      const id = await input.getAttribute('aria-activedescendant');
      return id ? page.locator(`#${id}`) : undefined;
    };
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const first = options(page).first();
    expect(await (await active())?.getAttribute('href')).toBe(await first.getAttribute('href'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('[role=status]').first().textContent()).toMatch(/\d+ results?/);

    const href = (await first.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.endsWith(href.slice(href.indexOf('#'))));
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('Blinken');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the search page in step with its URL, back and forward included', async () => {
    const { page, errors } = await visit('search/?q=Mayorkas');
    const marks = () => page.locator('#search-page-results mark').allTextContents();
    await expect.poll(marks).toContain('Mayorkas');
    expect(await field(page).inputValue()).toBe('Mayorkas');

    await field(page).fill('Tapachula');
    await expect.poll(() => queryOf(page)).toBe('Tapachula');
    await expect.poll(marks).toEqual(['Tapachula']);
    await field(page).press('Enter');
    expect(queryOf(page)).toBe('Tapachula');

    await page.goBack();
    await expect.poll(() => queryOf(page)).toBe('Mayorkas');
    await expect.poll(marks).toContain('Mayorkas');
    expect(await field(page).inputValue()).toBe('Mayorkas');

    await page.goForward();
    await expect.poll(marks).toEqual(['Tapachula']);
    expect(await field(page).inputValue()).toBe('Tapachula');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers odd queries with "no results" and no errors', async () => {
    const { page, errors } = await visit('search/');
    const status = page.locator('#search-page-status');
    for (const query of ['x'.repeat(10_000), '(.*+?[\\^$|{}', '"unmatched quote', '🙂🙃', 'مرحبا بالعالم', 'zzqqxxv']) {
      await field(page).fill(query);
      await expect.poll(() => status.textContent()).toMatch(/^No results for “/);
      expect(await options(page).count()).toBe(0);
    }
    await field(page).fill('');
    await expect.poll(() => status.textContent()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, submits to the search page, which says so and lists the stories', async () => {
    const { page } = await visit('', { javaScriptEnabled: false });
    await field(page).fill('Mayorkas');
    await field(page).press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/search/') && url.searchParams.get('q') === 'Mayorkas');
    const notice = page.locator('[data-search-page] strong');
    expect(await notice.textContent()).toBe('Search needs JavaScript');
    expect(await notice.isVisible()).toBe(true);
    const stories = page.locator('[data-search-page] li a');
    expect(await stories.count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('works when the site is deployed under a sub-path', async () => {
    const { page, errors, requests } = await visit('', {}, inject('subpathSiteUrl'));
    await field(page).pressSequentially('Mayorkas');
    const hit = options(page).first();
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.getAttribute('href')).toMatch(new RegExp(`^${SUBPATH}stories/.+#.+-p\\d+$`));
    expect(requests.filter(isIndexFile).every((url) => new URL(url).pathname.startsWith(`${SUBPATH}search/`))).toBe(true);
    expect(requests.filter(isIndexFile).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  /**
   * Types `query` into the header field, waits for a result whose marks include `mark` (and whose
   * text includes `text`), follows it, and returns the text of the paragraph it lands on.
   */
  async function follow(page: Page, query: string, mark: string, text = ''): Promise<string> {
    await field(page).pressSequentially(query);
    const hit = options(page)
      .filter({ has: page.locator('mark', { hasText: mark }) })
      .filter({ hasText: text })
      .first();
    await expect.poll(() => hit.count(), { timeout: 10_000 }).toBe(1);
    const href = (await hit.getAttribute('href'))!;
    const anchor = href.slice(href.indexOf('#') + 1);
    await hit.click();
    await page.waitForURL((url) => url.hash === `#${anchor}`);
    return page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
  }

  it.each([
    ['a typo in the first letter', 'Ayelaran veto', 'Oyelaran', 'she would veto any amendment'],
    ['a plural', 'vetoes', 'veto', 'she would veto any amendment'],
    ['a compound written closed', 'handoff', 'hand-off', 'The first hand-off is planned'],
    ['a transliteration', 'lodz palace', 'Łódź', 'Poznański Palace in Łódź'],
    ['a decimal', '3.8 billion', '3.8', '$3.8bn deal'],
  ])('on the search fixture site, %s ("%s") leads to its paragraph', async (_, query, mark, paragraph) => {
    const { page, errors } = await visit('', {}, fixtureServer.url);
    expect(await follow(page, query, mark, '')).toContain(paragraph);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the real site, a plural leads to the singular, and the results say what was searched instead', async () => {
    const { page, errors } = await visit('search/');
    await field(page).pressSequentially('migrants encounters');
    await expect.poll(() => page.locator('#search-page-instead').textContent()).toContain('Showing results for migrant encounters');
    const exact = page.locator('#search-page-instead a');
    expect(await exact.getAttribute('href')).toMatch(/\/search\/\?q=%22migrants%22\+%22encounters%22$/);
    const hit = options(page).filter({ has: page.locator('mark', { hasText: 'migrant' }) }).first();
    const href = (await hit.getAttribute('href'))!;
    await hit.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('35,000 migrant encounters');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the real site, a figure in conflict names both outlets’ values and leads to the paragraph', async () => {
    const { page, errors } = await visit('');
    await field(page).pressSequentially('eight thousand migrants');
    const figure = options(page).filter({ hasText: 'Figure · ' }).first();
    await expect.poll(() => figure.textContent()).toContain('Figure · migrants · Fox News over 8,000 ≠ UPI estimated at 6,000 · conflict');
    const href = (await figure.getAttribute('href'))!;
    await figure.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('over 8,000 migrants');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the real site, a typo in the first letter leads to its paragraph', async () => {
    const { page, errors } = await visit('');
    expect(await follow(page, 'Rapachula', 'Tapachula')).toContain('Tapachula');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
