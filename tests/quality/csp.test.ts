// Gate: every page carries a strict Content-Security-Policy, works under it (no violations, no
// console errors, its scripts still do their jobs), and an inline script injected into a page
// does not run.
import { createHash } from 'node:crypto';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, launchBrowser } from '../support/browser';
import { $, $$, readPage } from '../support/html';
import { builtPages, pagePerType, type BuiltPage } from './pages';

const distDir = inject('distDir');
const siteUrl = inject('siteUrl');
const pages = builtPages(distDir);
const firstOf = (type: string): BuiltPage => {
  const page = pages.find((p) => p.type === type);
  if (!page) throw new Error(`The build has no ${type} page`);
  return page;
};

/** The policy of a built page, directive name -> sources. */
function policyOf(page: BuiltPage): Map<string, string[]> {
  const meta = $(readPage(distDir, page.file), 'head meta[http-equiv="content-security-policy" i]');
  const content = String(meta?.properties.content ?? '');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens a page recording every CSP violation (as `directive sample`) and console error. */
async function open(path: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.sample}`.trim()));
  });
  const errors = collectErrors(page);
  await page.goto(siteUrl + path);
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

describe('the policy in the built pages', () => {
  for (const page of pages) {
    it(`is strict on /${page.path} and names every inline script and style the page has`, () => {
      const policy = policyOf(page);
      const scripts = policy.get('script-src');
      expect(scripts, 'a script-src directive').toBeDefined();
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts!.filter((s) => /^(\*|data:|https?:|blob:)/.test(s))).toEqual([]);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      const tree = readPage(distDir, page.file);
      for (const script of $$(tree, 'script:not([src]):not([type="application/ld+json"])')) expect(scripts).toContain(sha256(toString(script)));
      for (const style of $$(tree, 'style')) expect(policy.get('style-src')).toContain(sha256(toString(style)));
    });
  }
});

describe('pages under the policy', () => {
  for (const type of pagePerType(distDir)) {
    it(`load the ${type.type} page (/${type.path}) without violations or console errors`, async () => {
      const { page, errors, violations } = await open(type.path);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('keep linked highlighting on the story page working', async () => {
    const { page, errors, violations } = await open(firstOf('story').path);
    const mark = page.locator('mark.fact').first();
    await mark.focus();
    await expect(page.locator('#fact-card').isVisible()).resolves.toBe(true);
    expect(await page.locator('mark.fact.is-linked').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keep the status filter on the figures page working', async () => {
    const { page, errors, violations } = await open(firstOf('figures').path);
    await expect(page.locator('[data-figure-controls]').isVisible()).resolves.toBe(true);
    const statuses = await page.locator('[data-figure-rows] tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    const status = statuses.find(Boolean)!;
    await page.locator(`input[name="figure-status"][value="${status}"]`).check();
    const shown = await page.locator('[data-figure-rows] tr:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.status));
    expect(shown).toEqual(statuses.filter((s) => s === status));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keep search, loaded on focus, working', async () => {
    const { page, errors, violations } = await open('');
    await page.focus('#site-search');
    await page.keyboard.type('Mayorkas');
    await page.locator('#site-search-results [role="option"]').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an injected script', () => {
  it('does not run, and the violation is reported, while the page’s own scripts still work', async () => {
    const story = firstOf('story');
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    });
    // What an attacker who slipped markup into an article would add: an inline script and an inline handler.
    await page.route(siteUrl + story.path, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</main>',
        '<script>window.__injected = "inline";</script><img src="data:," alt="" onerror="window.__injected = \'handler\'"></main>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(siteUrl + story.path);
    await page.locator('mark.fact').first().focus();
    await expect(page.locator('#fact-card').isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(new Set(violations)).toEqual(new Set(['script-src-elem', 'script-src-attr']));
    await page.close();
  });

  it('runs when the policy is taken out, so the test above can tell', async () => {
    const story = firstOf('story');
    const page = await browser.newPage();
    await page.route(siteUrl + story.path, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
        .replace('</main>', '<script>window.__injected = "inline";</script></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(siteUrl + story.path);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBe('inline');
    await page.close();
  });
});
