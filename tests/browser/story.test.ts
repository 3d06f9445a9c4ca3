// The story page as readers use it: wide and narrow screens, keyboard only, JavaScript off.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, collectErrors, launchBrowser } from '../support/browser';

const STORY = 'stories/2023-12-27-mexico-city-migration-talks/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('story page', () => {
  it('shows the reports side by side at 1280 px, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(inject('siteUrl') + STORY);
    const [a, b] = await page.locator('.article-column').evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().toJSON()));
    expect(b.left).toBeGreaterThan(a.right);
    expect(Math.abs(b.top - a.top)).toBeLessThan(40);
    // A comfortable measure: roughly 60-75 characters a line.
    const charsPerLine = await page.locator('#fox-news-p1').evaluate((p) => {
      const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
      return (p.textContent ?? '').length / lines;
    });
    expect(charsPerLine).toBeGreaterThan(50);
    expect(charsPerLine).toBeLessThan(85);
    await expect(page.locator('.outlet-switcher').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'story-1280.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stacks the reports at 390 px, and the switcher jumps between outlets', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = collectErrors(page);
    await page.goto(inject('siteUrl') + STORY);
    const [a, b] = await page.locator('.article-column').evaluateAll((columns) => columns.map((c) => c.getBoundingClientRect().toJSON()));
    expect(b.top).toBeGreaterThanOrEqual(a.bottom);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const switcher = page.locator('.outlet-switcher');
    await expect(switcher.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'story-390.png') });
    await switcher.getByRole('link', { name: 'UPI' }).click();
    await page.waitForFunction(() => location.hash === '#col-upi');
    const top = await page.locator('#col-upi').evaluate((c) => c.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(200);
    await page.screenshot({ path: join(ARTIFACTS, 'story-390-switched.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone, with a visible focus ring', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('siteUrl') + STORY);
    const reached: { tag: string; text: string; outline: string }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return { tag: el.tagName.toLowerCase(), text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40), outline: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    expect(reached[0]).toMatchObject({ tag: 'a', text: 'Skip to content' });
    expect(reached.some((r) => r.tag === 'input')).toBe(true);
    expect(reached.some((r) => r.text.startsWith('Permalink to paragraph'))).toBe(true);
    for (const r of reached.filter((r) => r.tag !== 'body')) expect(r.outline, `${r.tag} "${r.text}"`).not.toMatch(/^none|\b0px$/);
    await page.close();
  });

  it('links a fact across columns: focus a conflicting figure, see both outlets in a card, move in with Enter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(inject('siteUrl') + STORY);
    const caravan = page.locator('#col-fox-news mark.fact-figure[data-status="conflict"]', { hasText: '8,000' });
    await caravan.focus();
    const linked = page.locator('#col-upi mark.is-linked');
    await expect(linked.first().textContent()).resolves.toContain('6,000');
    const card = page.locator('#fact-card');
    await expect(card.isVisible()).resolves.toBe(true);
    const cardText = await card.textContent();
    expect(cardText).toMatch(/in conflict/);
    expect(cardText).toContain('Fox News, paragraph');
    expect(cardText).toContain('UPI, paragraph');
    await page.screenshot({ path: join(ARTIFACTS, 'story-card.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('#fact-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('8,000');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('jumps from a paragraph to its counterpart in the other report and highlights it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(inject('siteUrl') + STORY);
    const jump = page.locator('#col-fox-news a.counterpart').first();
    const target = (await jump.getAttribute('href'))!;
    expect(target).toMatch(/^#upi-p\d+$/);
    await jump.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    const highlighted = await page.locator(target).evaluate((p) => p.matches(':target') && getComputedStyle(p).backgroundColor !== 'rgba(0, 0, 0, 0)');
    expect(highlighted).toBe(true);
    await page.close();
  });

  it('is readable with JavaScript off, with shared / only / conflict marks, the differences and the summary', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('siteUrl') + STORY);
    await expect(page.locator('[id^="fox-news-p"]').count()).resolves.toBeGreaterThan(10);
    await expect(page.locator('[id^="upi-p"]').count()).resolves.toBeGreaterThan(5);
    for (const status of ['shared', 'only', 'conflict']) await expect(page.locator(`mark.fact[data-status="${status}"]`).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#differences').textContent()).resolves.toMatch(/Conflict[\s\S]*over 8,000[\s\S]*6,000/);
    await expect(page.locator('.story-summary').textContent()).resolves.toMatch(/Officials both name[\s\S]*Antony Blinken/);
    await context.close();
  });
});
