// Page weight (part of `npm run bench`, asserted by tests/quality/weights.test.ts): what a reader's
// browser downloads, gzip-compressed, for one page of each type before any interaction, and what
// the header search adds when it is first used (its code, then the index files a query needs).
// Measured in Chromium on the served build, so it counts exactly what the page pulls in: HTML,
// stylesheets, module scripts and their static imports.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { pagePerType } from '../quality/pages';
import { launchBrowser } from '../support/browser';
import { serveStatic } from '../support/server';
import { buildSite, TMP } from '../support/site';

/** Gzip bytes one page type downloads before interaction, by kind of resource. */
export interface PageWeight {
  type: string;
  path: string;
  html: number;
  css: number;
  js: number;
  /** Images, icons, data: anything not HTML, CSS or script. */
  other: number;
  /** HTML + CSS + JS: what the budget counts. */
  total: number;
  requests: number;
}

/** Gzip bytes the header search downloads on first use. */
export interface SearchWeight {
  /** The query typed to measure the index part. */
  query: string;
  /** Scripts loaded on focus. */
  code: number;
  /** Index files fetched to answer the query. */
  index: number;
  files: string[];
}

/** Every page type's weight and the search's. */
export interface WeightReport {
  pages: PageWeight[];
  search: SearchWeight;
}

/** A build to measure; without one, the real site is built into tests/.tmp first. */
export interface WeightTarget {
  distDir: string;
  siteUrl: string;
}

const kindOf = (contentType: string) =>
  /html/.test(contentType) ? 'html' : /css/.test(contentType) ? 'css' : /javascript/.test(contentType) ? 'js' : /json/.test(contentType) ? 'json' : 'other';

/** Records every response of the page from now on as (url, kind, gzip size), each URL once. */
function recordResponses(page: Page) {
  const seen = new Map<string, { kind: string; gzip: number }>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (seen.has(response.url()) || response.status() !== 200) return;
    const entry = { kind: kindOf(response.headers()['content-type'] ?? ''), gzip: 0 };
    seen.set(response.url(), entry);
    pending.push(response.body().then((body) => void (entry.gzip = gzipSync(body).length)));
  });
  return async () => {
    await Promise.all(pending);
    return seen;
  };
}

async function measurePage(browser: Browser, siteUrl: string, type: string, path: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const responses = recordResponses(page);
  await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
  const loaded = [...(await responses()).values()];
  await page.close();
  const sum = (...kinds: string[]) => loaded.filter((r) => kinds.includes(r.kind)).reduce((total, r) => total + r.gzip, 0);
  const [html, css, js, other] = [sum('html'), sum('css'), sum('js'), sum('other', 'json')];
  return { type, path, html, css, js, other, total: html + css + js, requests: loaded.length };
}

async function measureSearch(browser: Browser, siteUrl: string, query: string): Promise<SearchWeight> {
  const page = await browser.newPage();
  await page.goto(siteUrl, { waitUntil: 'networkidle' });
  const responses = recordResponses(page);
  await page.focus('#site-search');
  await page.keyboard.type(query);
  await page.locator('#site-search-results [role="option"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  const loaded = [...(await responses()).entries()];
  await page.close();
  const total = (kind: string) => loaded.filter(([, r]) => r.kind === kind).reduce((sum, [, r]) => sum + r.gzip, 0);
  return { query, code: total('js'), index: total('json'), files: loaded.map(([url]) => new URL(url).pathname) };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** The weights as a Markdown table, in kB (1,000 bytes) of gzip. */
export function weightTable({ pages, search }: WeightReport): string {
  const rows = pages.map((p) => `| ${p.type} | /${p.path} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.js)} | ${kb(p.total)} | ${kb(p.other)} | ${p.requests} |`);
  return [
    '| Page type | Example | HTML | CSS | JS | Total (HTML+CSS+JS) | Other | Requests |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Search on first use ("${search.query}"): code ${kb(search.code)} kB, index ${kb(search.index)} kB (${search.files.length} files).`,
  ].join('\n');
}

/** Measures one page of each type in the build (building the real site first when given none), prints the table and returns the numbers. */
export async function runWeightBench(target?: WeightTarget, query = 'Mayorkas'): Promise<WeightReport> {
  let distDir = target?.distDir;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  if (!distDir) {
    const build = await buildSite({ outDir: join(TMP, 'weights-dist') });
    if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
    distDir = build.outDir;
    server = await serveStatic(distDir);
  }
  const siteUrl = target?.siteUrl ?? server!.url;
  const browser = await launchBrowser();
  try {
    const pages: PageWeight[] = [];
    for (const { type, path } of pagePerType(distDir)) pages.push(await measurePage(browser, siteUrl, type, path));
    const report = { pages, search: await measureSearch(browser, siteUrl, query) };
    console.log(weightTable(report));
    return report;
  } finally {
    await browser.close();
    await server?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runWeightBench();
