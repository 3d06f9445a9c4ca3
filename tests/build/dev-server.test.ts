// `npm run dev` (astro dev) must answer as the build does: the search index the header names, a
// real query through the search code, and every API link on every page, byte for byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine';
import { fromHtml } from 'hast-util-from-html';
import { $$ } from '../support/html';
import { exited, freePort, pagePaths, serverUrl } from '../support/serving';
import { childEnv, removeBuild, ROOT, TMP } from '../support/site';

const STORY = '2023-12-27-mexico-city-migration-talks';
// The seed paragraph the query should find: UPI's second, as received (tests/fixtures/seeds/).
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seeds/003_b4f17a121d210189.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/\s+/g, ' ').trim())
  .filter(Boolean)[1]!;

let dev: ChildProcess;
let url: string;
const scratch = { outDir: '' };

beforeAll(async () => {
  scratch.outDir = mkdtempSync(join(TMP, 'dev-'));
  const port = await freePort();
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: childEnv(scratch.outDir),
  });
  url = await serverUrl(dev);
});

afterAll(async () => {
  dev?.kill('SIGTERM');
  if (dev) await exited(dev, 10_000);
  removeBuild(scratch);
});

/** A dev-server response's text, failing the test with its status when it is not 200. */
async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, url));
  expect(response.status, `${path} under astro dev`).toBe(200);
  return response.text();
}

describe('under astro dev', () => {
  it('names the same search index as the build, and serves it', async () => {
    const index = (html: string) => /data-index="([^"]+)"/.exec(html)?.[1];
    const built = index(readFileSync(join(inject('distDir'), 'index.html'), 'utf8'));
    expect(index(await fetchText('/'))).toBe(built);
    expect(JSON.parse(await fetchText(`${built}manifest.json`))).toEqual(
      JSON.parse(readFileSync(join(inject('distDir'), `${built}manifest.json`), 'utf8')),
    );
  });

  it('finds the seed paragraph through the search code', async () => {
    const base = /data-index="([^"]+)"/.exec(await fetchText('/'))![1]!;
    const engine = await SearchEngine.open(async (name) => JSON.parse(await fetchText(base + name)));
    const { paragraphs } = await engine.search('influx Tapachula');
    expect(paragraphs[0]?.href).toBe(`/stories/${STORY}/#upi-p2`);
    const found = paragraphs[0]!.snippet.map(([text]) => text).join('');
    expect(SEED).toContain(found.replace(/^…|…$/g, '').trim());
  });

  it('serves every API link, from the pages and from the API files, as the build has it', { timeout: 120_000 }, async () => {
    const distDir = inject('distDir');
    const links = new Set<string>();
    for (const page of pagePaths(distDir)) {
      const tree = fromHtml(await fetchText(`/${page}`));
      for (const link of $$(tree, '[href*="/api/"]')) links.add(String(link.properties.href));
    }
    // The story file links its articles' files; the set grows as they are read.
    for (const link of links) {
      const served = JSON.parse(await fetchText(link));
      expect(served, link).toEqual(JSON.parse(readFileSync(join(distDir, link), 'utf8')));
      for (const [, href] of JSON.stringify(served).matchAll(/"(\/api\/[^"]+\.json)"/g)) links.add(href!);
    }
    expect([...links].sort()).toEqual([
      `/api/articles/${STORY}/fox-news.json`,
      `/api/articles/${STORY}/upi.json`,
      `/api/stories/${STORY}.json`,
    ]);
  });
});
