// A fixture site with what the real content lacks: a 1 MB report (written here, before the build,
// from varied real paragraphs), one story reported in Spanish, Chinese and English (so pair pages
// exist too), combining accents and emoji. Built once, under the sub-path /parallax/, and put
// through the gates: no text lost, valid HTML, no axe violations, no broken links.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { launchBrowser } from '../support/browser';
import { $, $$, readPage, textOf } from '../support/html';
import { serveStatic, type StaticServer } from '../support/server';
import { buildSite, removeBuild, ROOT, TMP, type BuildResult } from '../support/site';
import { auditPage, HIGHLIGHTS_OFF, LOADED } from './axe';
import { brokenLinks } from './links';
import { builtPages } from './pages';
import { random } from '../support/random';
import { longBody, sourceParagraphs } from './synthetic';
import { htmlErrors } from './validate';

const BASE = '/parallax/';
const MEGABYTE = 1024 * 1024;
const content = mkdtempSync(join(TMP, 'robustness-'));
let build: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/sites/languages/content'), content, { recursive: true });
  mkdirSync(join(content, 'articles/long-read'), { recursive: true });
  const front = '---\nstory: long-read\noutlet: Long Read Weekly\ntitle: "Everything, at length"\npublished: 2024-10-05\n---\n\n';
  writeFileSync(join(content, 'articles/long-read/long-read-weekly.md'), front + longBody(sourceParagraphs(), MEGABYTE, random(1)) + '\n');
  build = await buildSite({ contentDir: content, base: BASE });
  if (!build.ok) throw new Error(build.output);
  server = await serveStatic(build.outDir, BASE);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  // The megabyte report makes this build tens of megabytes; do not leave it behind.
  rmSync(content, { recursive: true, force: true });
  if (build) removeBuild(build);
});

const articles = readdirSync(join(ROOT, 'tests/fixtures/sites/languages/content/articles'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .concat('long-read/long-read-weekly.md');

describe('no text is lost', () => {
  for (const file of articles) {
    it(`${file}: every paragraph appears word for word on its own page and wherever it is set side by side`, () => {
      const [story, name] = file.replace('.md', '').split('/') as [string, string];
      const markdown = readFileSync(join(content, 'articles', file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
      const written = parseArticle(markdown, (block) => `${name}-${block}`).paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
      expect(written.length).toBeGreaterThan(0);
      const shownOn = builtPages(build.outDir)
        .filter((p) => p.path.startsWith(`stories/${story}/`))
        .map((p) => ({ path: p.path, column: $(readPage(build.outDir, p.file), `.article-column[data-article="${name}"]`) }))
        .filter((p) => p.column);
      expect(shownOn.map((p) => p.path)).toContain(`stories/${story}/${name}/`);
      expect(shownOn.length, 'its own page and at least one side-by-side page').toBeGreaterThan(1);
      for (const { path, column } of shownOn) expect($$(column!, `[id^="${name}-p"]`).map(textOf), path).toEqual(written);
    });
  }

  it('the long report really is a megabyte', () => {
    expect(statSync(join(content, 'articles/long-read/long-read-weekly.md')).size).toBeGreaterThanOrEqual(MEGABYTE);
  });
});

describe('reports in other languages', () => {
  it('carry their language on their own page and in their column', () => {
    for (const [name, lang] of [['diario-del-valle', 'es'], ['huanan-ribao', 'zh']] as const) {
      expect($(readPage(build.outDir, `stories/valley-flood/${name}/`), 'html')!.properties.lang).toBe(lang);
      expect($(readPage(build.outDir, 'stories/valley-flood/'), `.article-column[data-article="${name}"]`)!.properties.lang).toBe(lang);
    }
  });
});

describe('gates on the fixture site', () => {
  // html-validate needs minutes for a page of megabytes; the long report's pages come from the same
  // templates as every other page here, and the test above reads all of their text.
  it('html-validate reports no errors on any page under half a megabyte', async () => {
    const small = builtPages(build.outDir).filter((p) => statSync(join(build.outDir, p.file)).size < MEGABYTE / 2);
    expect(small.length).toBeGreaterThan(5);
    const errors = await Promise.all(small.map(async (p) => (await htmlErrors(join(build.outDir, p.file))).map((e) => `/${p.path}: ${e}`)));
    expect(errors.flat()).toEqual([]);
  }, 120_000);

  it('axe finds no violations on a pair page or on the Chinese report', async () => {
    const pair = builtPages(build.outDir).find((p) => p.type === 'compare');
    expect(pair, 'a pair page for the three-report story').toBeDefined();
    for (const path of [pair!.path, 'stories/valley-flood/huanan-ribao/']) {
      expect(await auditPage(browser, server.url + path, [LOADED, HIGHLIGHTS_OFF])).toEqual([]);
    }
  }, 120_000);

  it(`linkinator finds no broken link or anchor under the sub-path ${BASE}`, async () => {
    expect(await brokenLinks(server.url, builtPages(build.outDir))).toEqual([]);
  }, 120_000);
});
