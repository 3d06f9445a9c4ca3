// axe-core driven through playwright-core: the page states a reader can reach (light and dark
// themes, highlights on and off, the header search open) and the violations in each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The highlight toggles of pages that mark facts. */
const HIGHLIGHT_TOGGLES = ['#show-person', '#show-date', '#show-figure', '#show-quote'];

/** A reachable state of a page, entered from the state before it. */
export interface PageState {
  name: string;
  /** Puts the page in this state; resolves false when the state does not exist on this page. */
  enter: (page: Page) => Promise<boolean>;
}

/** The page as it loads. */
export const LOADED: PageState = { name: 'as loaded', enter: async () => true };

/** Every highlight toggle unchecked, on pages that mark facts. */
export const HIGHLIGHTS_OFF: PageState = {
  name: 'highlights off',
  enter: async (page) => {
    const toggles = await page.locator(HIGHLIGHT_TOGGLES.join(', ')).all();
    for (const toggle of toggles) await toggle.uncheck();
    return toggles.length > 0;
  },
};

/** The header search, focused with a query typed, once its results are listed. */
export function searchOpen(query: string): PageState {
  return {
    name: `search open ("${query}")`,
    enter: async (page) => {
      await page.focus('#site-search');
      await page.keyboard.type(query);
      await page.locator('[role="listbox"] [role="option"]').first().waitFor({ state: 'visible', timeout: 10_000 });
      return true;
    },
  };
}

/** Every axe violation on the page as it is now, one line per rule: id, impact, help and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`);
}

/**
 * Loads `url` in the light and the dark colour scheme, walks through `states` in order (each builds
 * on the one before, as a reader would) and collects the violations, labelled by scheme and state.
 */
export async function auditPage(browser: Browser, url: string, states: PageState[]): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    // Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not govern.
    await page.evaluate(axeSource);
    for (const state of states) {
      if (await state.enter(page)) found.push(...(await axeViolations(page)).map((v) => `[${colorScheme}, ${state.name}] ${v}`));
    }
    await context.close();
  }
  return found;
}
