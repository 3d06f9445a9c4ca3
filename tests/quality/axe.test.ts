// Gate: no axe-core violations (WCAG 2.2 AA and best practices) on any page type, in light and dark
// themes, with highlights on and off, and with the header search open.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { auditPage, HIGHLIGHTS_OFF, LOADED, searchOpen } from './axe';
import { pagePerType } from './pages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('axe-core', () => {
  for (const page of pagePerType(inject('distDir'))) {
    it(`finds no violations on the ${page.type} page (/${page.path})`, async () => {
      expect(await auditPage(browser, inject('siteUrl') + page.path, [LOADED, HIGHLIGHTS_OFF, searchOpen('Mayorkas')])).toEqual([]);
    });
  }
});
