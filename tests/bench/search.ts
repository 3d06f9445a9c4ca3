// Search benchmark (`npm run bench:search`): the real site plus the search fixture site, and
// generated corpora of 100, 1,000 and 10,000 articles around them, indexed by Parallax's search, by
// Pagefind and by MiniSearch, compared side by side on index size, bytes a browser downloads
// before the first results, load time, per-keystroke latency and the top-3 hit rate of the query
// set (tests/fixtures/search/queries.json, by kind), plus today's 24 fixed queries, which must
// still put their paragraph first. Corpora are generated here and never written to content/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Fuse from 'fuse.js/min-basic';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { analyzeArticle, type AnalyzedArticle, type AnalyzedStory } from '../../src/lib/analyze';
import type { Article, Story } from '../../src/lib/content/library';
import { extractFacts } from '../../src/lib/extract';
import { buildSearchIndex, VOCAB_SHARD_TERMS } from '../../src/lib/search/build';
import { searchDocuments } from '../../src/lib/search/documents';
import { SearchEngine, type SearchResults } from '../../src/lib/search/engine';
import { decodePostings, floorIndex, reversed, shardKeys, type PostingsShardFile, type VocabShardFile } from '../../src/lib/search/format';
import { terms } from '../../src/lib/search/normalize';
import querySet from '../fixtures/search/queries.json' with { type: 'json' };
import { readContent } from '../support/content';
import { random } from '../support/random';
import { serveStatic } from '../support/server';
import { ROOT, TMP } from '../support/site';

const RESULTS = join(ROOT, 'tests/bench/results');
// SEARCH_BENCH_SIZES=100,1000 runs a subset (for a quick look; committed results use all three).
const SIZES = (process.env.SEARCH_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
/** Results a first query shows (both engines load this many results' text). */
const SHOWN = 10;
const BUDGET = { articles: 1000, p95Ms: 16, topRank: 3, firstQueryBytes: 60 * 1024, hitRate: 0.95, codeBytes: 10 * 1024, pagefindShareAt10k: 0.25 };
const storyHref = (story: string) => `/stories/${story}/`;

/** A query: what a reader types, words of the paragraph it must find, and of one it must not. */
export interface BenchQuery {
  q: string;
  kind: string;
  expect: string;
  notExpect?: string;
}

/** Today's fixed queries (before the query set): each must still put its paragraph first. */
export const QUERIES: BenchQuery[] = [
  { q: 'Mayorkas', kind: 'name', expect: 'Alejandro Mayorkas' },
  { q: 'Blinken', kind: 'name', expect: 'Antony Blinken' },
  { q: 'Lopez Obrador', kind: 'name', expect: 'Lopez Obrador' },
  { q: 'López Obrador', kind: 'accent', expect: 'Lopez Obrador' },
  { q: 'Greg Abbott', kind: 'name', expect: 'Greg Abbott' },
  { q: 'Liz Sherwood', kind: 'name', expect: 'Liz Sherwood-Randall' },
  { q: 'Tapachula', kind: 'name', expect: 'Tapachula' },
  { q: 'Mayorcas', kind: 'typo', expect: 'Mayorkas' },
  { q: 'Obrdor', kind: 'typo', expect: 'Obrador' },
  { q: 'Blinkin', kind: 'typo', expect: 'Blinken' },
  { q: 'Sherwod Randall', kind: 'typo', expect: 'Sherwood-Randall' },
  { q: '8000 migrants', kind: 'number', expect: 'over 8,000 migrants' },
  { q: '269735', kind: 'number', expect: '269,735' },
  { q: '35,000 encounters', kind: 'number', expect: '35,000 migrant encounters' },
  { q: '11,000 shelters', kind: 'number', expect: '11,000' },
  { q: '"lawful pathways"', kind: 'phrase', expect: 'lawful pathways' },
  { q: '"humanitarian parole"', kind: 'phrase', expect: 'humanitarian parole' },
  { q: '“Remain-in-Mexico” policy', kind: 'phrase', expect: 'Remain-in-Mexico' },
  { q: '"Los Angeles Declaration"', kind: 'phrase', expect: 'Los Angeles Declaration' },
  { q: 'border funding 14 billion', kind: 'multi-word', expect: '$14 billion in additional border security funding' },
  { q: 'caravan southern Mexico', kind: 'multi-word', expect: 'another migrant caravan' },
  { q: 'Texas governor vice presidential', kind: 'multi-word', expect: 'vice presidential candidate' },
  { q: 'sanctions Cuba Venezuela', kind: 'multi-word', expect: 'sanctions against Cuba and Venezuela' },
  { q: 'phone call Biden', kind: 'multi-word', expect: 'phone call with Lopez Obrador' },
];

/** The query set, written by someone other than the index's author, by kind (see issue 13). */
export const QUERY_SET: BenchQuery[] = (querySet as (BenchQuery & { site: string })[]).map(({ q, kind, expect, notExpect }) => ({ q, kind, expect, ...(notExpect ? { notExpect } : {}) }));
/** Every query the benchmark runs: today's, then the query set. */
const ALL_QUERIES = [...QUERIES, ...QUERY_SET];

// ---------------------------------------------------------------------------------------------
// Corpora

/** The real content folder (or another, e.g. a fixture site's), analysed as the build does. */
export function realLibrary(dir?: string): AnalyzedStory[] {
  return readContent(dir).map((story) => ({ story, articles: story.articles.map(analyzeArticle) }));
}

/** The real site and the search fixture site (letters beyond accents, compounds, decimals, a conflict), the base of every corpus. */
export function baseLibrary(): AnalyzedStory[] {
  return [...realLibrary(), ...realLibrary(join(ROOT, 'tests/fixtures/sites/search/content'))];
}

/**
 * A corpus of `size` articles: the real stories plus generated ones, three outlets a story, about
 * 15 paragraphs of about 60 words an article. Words follow a Zipf law over the real articles'
 * lower-case words (most frequent) and invented ones, so the vocabulary grows with the corpus
 * as a real one does; people, titles and figures are sprinkled in.
 */
export function generatedLibrary(size: number, real: AnalyzedStory[]): AnalyzedStory[] {
  const rnd = random(size);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const common = [...new Set(real.flatMap((s) => s.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/\b[a-z]{2,}\b/g) ?? []))))];
  const syllables = 'ba be bi bo bu da de di do ka ke ki ko la le li lo lu ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi ar el in on us an or en'.split(' ');
  const invented = new Set<string>();
  while (invented.size < 60_000) {
    let word = '';
    for (let n = 2 + Math.floor(rnd() * 3); n > 0; n--) word += pick(syllables);
    invented.add(word);
  }
  const pool = [...common.sort(() => rnd() - 0.5), ...invented];
  const cdf = new Float64Array(pool.length);
  pool.forEach((_, r) => (cdf[r] = (r ? cdf[r - 1]! : 0) + 1 / (r + 2.7)));
  const total = cdf[cdf.length - 1]!;
  const word = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return pool[lo]!;
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const titles = ['Governor', 'Minister', 'Secretary', 'Senator', 'Mayor', 'President', 'spokesperson', 'Judge'];
  const outlets = ['Wire Service', 'The Daily Ledger', 'Evening Courier', 'Metro Times', 'Global Report'];
  const figure = () =>
    pick([
      () => Math.floor(rnd() * 90_000 + 1000).toLocaleString('en-US'),
      () => `$${Math.floor(rnd() * 40 + 1)} billion`,
      () => `${Math.floor(rnd() * 99 + 1)} percent`,
      () => String(Math.floor(rnd() * 900 + 10)),
    ])();

  const stories = [...real];
  let articles = real.reduce((n, s) => n + s.articles.length, 0);
  for (let s = 0; articles < size; s++) {
    const id = `generated-${s}`;
    const people = Array.from({ length: 4 }, () => `${cap(pick([...invented].slice(0, 500)))} ${cap(word())}${cap(pick(syllables))}`);
    const story: Story = { id, title: `${cap(word())} ${word()} ${word()} ${word()}`, date: '2024-01-01', note: '', file: `${id}.md`, articles: [] };
    const analyzed: AnalyzedArticle[] = [];
    for (let a = 0; a < 3 && articles < size; a++, articles++) {
      const paragraphs = Array.from({ length: 13 + Math.floor(rnd() * 5) }, (_, i) => {
        const words: string[] = [];
        for (let n = 50 + Math.floor(rnd() * 20); n > 0; n--) words.push(word());
        if (rnd() < 0.5) words.splice(Math.floor(rnd() * words.length), 0, pick(titles), pick(people));
        if (rnd() < 0.4) words.splice(Math.floor(rnd() * words.length), 0, figure());
        for (let at = 0; at < words.length; at += 12 + Math.floor(rnd() * 10)) words[at] = cap(words[at]!);
        return { index: i + 1, text: `${words.join(' ')}.`.replace(/ (\p{Lu})/gu, '. $1') };
      });
      const article: Article = {
        id: `outlet-${a}`,
        story: id,
        outlet: outlets[(s + a) % outlets.length]!,
        title: `${cap(word())} ${word()} ${word()} ${word()} ${word()}`,
        published: '2024-01-01',
        language: 'en',
        body: paragraphs.map((p) => p.text).join('\n\n'),
        file: `${id}/outlet-${a}.md`,
      };
      story.articles.push(article);
      // The text is plain paragraphs, so Markdown parsing would give the same paragraphs back.
      analyzed.push({
        article,
        parsed: { tree: { type: 'root', children: [] }, paragraphs },
        paragraphs,
        facts: extractFacts(paragraphs, { id: article.id, published: article.published }),
      });
    }
    stories.push({ story, articles: analyzed });
  }
  return stories;
}

// ---------------------------------------------------------------------------------------------
// Measurements

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const round = (n: number, digits = 2) => Number(n.toFixed(digits));
/** Every prefix a reader's typing produces, one per keystroke. */
const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

/** Gzipped size of the search code: what focusing the field loads, and the Fuse.js chunk loaded on the first typo. */
async function codeBytes(): Promise<{ onFocus: number; fuzzy: number }> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/scripts/search.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const sizes = out.outputFiles.map((f) => ({ name: f.path, bytes: gz(f.contents) }));
  return {
    onFocus: sizes.find((f) => f.name.endsWith('/search.js'))!.bytes,
    fuzzy: sizes.filter((f) => !f.name.endsWith('/search.js')).reduce((n, f) => n + f.bytes, 0),
  };
}

/** Where a query's expected paragraph ranked (1-based, null when not shown), and whether a paragraph it must not find was shown. */
interface QueryOutcome {
  q: string;
  kind: string;
  rank: number | null;
  unwanted: boolean;
}

/** True when the expected paragraph is in the top 3 and no unwanted paragraph was shown. */
const hit = (o: QueryOutcome) => o.rank !== null && o.rank <= BUDGET.topRank && !o.unwanted;

interface OwnResult {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  manifestGzip: number;
  loadMs: { manifest: number; vocabShardP50: number; vocabShardMax: number; postingsShardP50: number; postingsShardMax: number };
  firstQueryBytes: { median: number; max: number; byQuery: Record<string, number> };
  latencyMs: { p50: number; p95: number; max: number; keystrokes: number };
  wholeQueryMs: { p50: number; p95: number };
  quality: QueryOutcome[];
}

/** Story-page links of the paragraphs containing `text` (searched in whole paragraphs, as written). */
function anchorsOf(stories: AnalyzedStory[], text: string): Set<string> {
  const anchors = new Set<string>();
  for (const { story, articles } of stories)
    for (const { article, paragraphs } of articles)
      for (const p of paragraphs) if (p.text.includes(text)) anchors.add(`${storyHref(story.id)}#${article.id}-p${p.index}`);
  return anchors;
}

function expectedAnchors(stories: AnalyzedStory[], expect: string): Set<string> {
  const anchors = anchorsOf(stories, expect);
  if (!anchors.size) throw new Error(`no paragraph contains "${expect}"`);
  return anchors;
}

/** Ranks a result list (links to paragraphs, best first) against what a query expects. */
function outcome(stories: AnalyzedStory[], query: BenchQuery, hrefs: string[]): QueryOutcome {
  const anchors = expectedAnchors(stories, query.expect);
  const unwanted = query.notExpect ? anchorsOf(stories, query.notExpect) : new Set<string>();
  const rank = hrefs.findIndex((href) => anchors.has(href));
  return { q: query.q, kind: query.kind, rank: rank < 0 ? null : rank + 1, unwanted: hrefs.some((href) => unwanted.has(href) && !anchors.has(href)) };
}

async function measureOwn(stories: AnalyzedStory[], code: { onFocus: number; fuzzy: number }): Promise<OwnResult> {
  const { files } = buildSearchIndex(searchDocuments(stories, storyHref));
  const gzipOf = new Map([...files].map(([name, text]) => [name, gz(text)]));
  const open = (reads: string[] = [], onFuse = () => {}) =>
    SearchEngine.open(
      async (name) => {
        reads.push(name);
        return JSON.parse(files.get(name)!) as unknown;
      },
      () => (onFuse(), import('fuse.js/min-basic')),
    );

  // Load: reading the manifest, and turning each shard into what the engine searches.
  let start = performance.now();
  await open();
  const manifestMs = performance.now() - start;
  const vocabMs: number[] = [];
  const postingsMs: number[] = [];
  for (const [name, text] of files) {
    start = performance.now();
    if (name.startsWith('v')) {
      const file = JSON.parse(text) as VocabShardFile;
      new Fuse(file.t, {}, Fuse.parseIndex<string>({ keys: [], records: file.t.map((v, i) => ({ v, i, n: 1 })) }));
      vocabMs.push(performance.now() - start);
    } else if (name.startsWith('p')) {
      (JSON.parse(text) as PostingsShardFile).p.map(decodePostings);
      postingsMs.push(performance.now() - start);
    }
  }

  // Bytes before the first results: code, manifest, shards and the shown results' groups.
  const byQuery: Record<string, number> = {};
  for (const { q } of ALL_QUERIES) {
    const reads: string[] = [];
    let fuzzy = false;
    await (await open(reads, () => (fuzzy = true))).search(q, SHOWN);
    byQuery[q] = code.onFocus + (fuzzy ? code.fuzzy : 0) + [...new Set(reads)].reduce((n, name) => n + gzipOf.get(name)!, 0);
  }

  // Latency per keystroke, with the files each prefix needs already fetched (as after typing it once).
  const engine = await open();
  for (const { q } of ALL_QUERIES) for (const prefix of keystrokes(q)) await engine.search(prefix, SHOWN);
  const times: number[] = [];
  const whole: number[] = [];
  const quality: QueryOutcome[] = [];
  for (const query of ALL_QUERIES) {
    for (const prefix of keystrokes(query.q)) {
      // Best of three, so a scheduler hiccup on this shared machine is not charged to search.
      let best = Infinity;
      let results: SearchResults | undefined;
      for (let run = 0; run < 3; run++) {
        start = performance.now();
        results = await engine.search(prefix, SHOWN);
        best = Math.min(best, performance.now() - start);
      }
      times.push(best);
      if (prefix === query.q) {
        whole.push(times.at(-1)!);
        quality.push(outcome(stories, query, results!.paragraphs.map((p) => p.href)));
      }
    }
  }
  const bytes = Object.values(byQuery);
  return {
    files: files.size,
    rawBytes: [...files.values()].reduce((n, text) => n + Buffer.byteLength(text), 0),
    gzipBytes: [...gzipOf.values()].reduce((n, b) => n + b, 0),
    manifestGzip: gzipOf.get('manifest.json')!,
    loadMs: {
      manifest: round(manifestMs),
      vocabShardP50: round(percentile(vocabMs, 50)),
      vocabShardMax: round(percentile(vocabMs, 100)),
      postingsShardP50: round(percentile(postingsMs, 50)),
      postingsShardMax: round(percentile(postingsMs, 100)),
    },
    firstQueryBytes: { median: percentile(bytes, 50), max: percentile(bytes, 100), byQuery },
    latencyMs: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), max: round(percentile(times, 100), 3), keystrokes: times.length },
    wholeQueryMs: { p50: round(percentile(whole, 50), 3), p95: round(percentile(whole, 95), 3) },
    quality,
  };
}

interface OtherResult {
  files: number;
  bytes: number;
  firstQueryBytes: { median: number; max: number };
  latencyMs: { p50: number; p95: number; max: number; keystrokes: number };
  quality: QueryOutcome[];
}

/**
 * MiniSearch as a site would ship it: one serialised index, loaded whole before the first query,
 * searched with its fuzzy (0.2), prefix and AND options; results are its top paragraphs.
 */
function measureMiniSearch(stories: AnalyzedStory[]): OtherResult {
  const docs = searchDocuments(stories, storyHref).filter((d) => d.kind === 'paragraph');
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true, combineWith: 'AND' } });
  mini.addAll(docs.map((d) => ({ id: d.href, text: d.text })));
  const serialised = JSON.stringify(mini);
  // What a first query downloads: the index and the shown results' text (MiniSearch stores no text).
  const index = gz(serialised);
  const times: number[] = [];
  const firstBytes: number[] = [];
  const quality: QueryOutcome[] = [];
  const textOf = new Map(docs.map((d) => [d.href, d.text]));
  for (const query of ALL_QUERIES) {
    let best = Infinity;
    let found: string[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      found = mini.search(query.q).slice(0, SHOWN).map((r) => String(r.id));
      best = Math.min(best, performance.now() - start);
    }
    times.push(best);
    firstBytes.push(index + gz(found.map((href) => textOf.get(href)).join('\n')));
    quality.push(outcome(stories, query, found));
  }
  return {
    files: 1,
    bytes: index,
    firstQueryBytes: { median: percentile(firstBytes, 50), max: percentile(firstBytes, 100) },
    latencyMs: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), max: round(percentile(times, 100), 3), keystrokes: times.length },
    quality,
  };
}

// Pagefind's latency is measured on whole queries only: on one- and two-letter prefixes it
// expands to thousands of words and takes seconds per keystroke at 1,000 articles, which would
// make this benchmark run for hours at 10,000.
// Pagefind ships gzipped index files (pf_*), so those count as they are; its JS and JSON count gzipped.
const PAGEFIND_MODULE = '/pagefind/pagefind.js';
const pagefindWireBytes = (path: string, body: Uint8Array) => (/\.(js|json|css)$/.test(path) ? gz(body) : body.length);

async function measurePagefind(stories: AnalyzedStory[], browser: import('playwright-core').Browser): Promise<OtherResult> {
  const dir = mkdtempSync(join(TMP, 'pagefind-'));
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('pagefind did not start');
    const docs = searchDocuments(stories, storyHref).filter((d) => d.kind === 'paragraph');
    for (let i = 0; i < docs.length; i += 500) {
      await Promise.all(
        docs.slice(i, i + 500).map((d) => index.addCustomRecord({ url: d.href, content: d.text, language: 'en', meta: { title: `${d.outlet}: ${d.headline}` } })),
      );
    }
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    await index.deleteIndex();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bench</title>');
    const all = readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    const server = await serveStatic(dir);
    try {
      // Cold downloads are measured on today's queries and every third query of the set: a fresh
      // browser context per query, which is what makes this the slow part of the run.
      const firstBytes: number[] = [];
      for (const { q } of [...QUERIES, ...QUERY_SET.filter((_, i) => i % 3 === 0)]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let bytes = 0;
        page.on('response', async (response) => {
          if (!response.url().includes('/pagefind/')) return;
          const body = await response.body().catch(() => Buffer.alloc(0));
          bytes += pagefindWireBytes(new URL(response.url()).pathname, body);
        });
        await page.goto(server.url);
        await page.evaluate(
          async ({ q, shown, module }) => {
            const pf = await import(module);
            const search = await pf.search(q);
            await Promise.all(search.results.slice(0, shown).map((r: { data: () => Promise<unknown> }) => r.data()));
          },
          { q, shown: SHOWN, module: PAGEFIND_MODULE },
        );
        await page.waitForLoadState('networkidle');
        firstBytes.push(bytes);
        await context.close();
      }
      const page = await browser.newPage();
      await page.goto(server.url);
      const { times, urls } = await page.evaluate(
        async ({ queries, module, shown }) => {
          const pf = await import(module);
          await pf.init();
          for (const q of queries) await pf.search(q);
          const out: number[] = [];
          const found: string[][] = [];
          for (const q of queries) {
            let best = Infinity;
            let search: { results: { data: () => Promise<{ url: string }> }[] } = { results: [] };
            for (let run = 0; run < 3; run++) {
              const start = performance.now();
              search = await pf.search(q);
              best = Math.min(best, performance.now() - start);
            }
            out.push(best);
            found.push(await Promise.all(search.results.slice(0, shown).map(async (r) => (await r.data()).url)));
          }
          return { times: out, urls: found };
        },
        { queries: ALL_QUERIES.map((x) => x.q), module: PAGEFIND_MODULE, shown: SHOWN },
      );
      await page.close();
      return {
        files: all.length,
        bytes: all.reduce((n, f) => n + readFileSync(join(f.parentPath, f.name)).length, 0),
        firstQueryBytes: { median: percentile(firstBytes, 50), max: percentile(firstBytes, 100) },
        latencyMs: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), max: round(percentile(times, 100), 3), keystrokes: times.length },
        quality: ALL_QUERIES.map((query, i) => outcome(stories, query, urls[i]!)),
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Index designs: how the vocabulary is cut so that a typo anywhere in a word reaches its word
// (issue 13 asked for this to be measured before choosing). Each design is built over the same
// vocabulary; for every typo of the query set (first letter, second letter, swapped letters),
// it fetches what it must, gathers candidates, and lets Fuse.js rank them as the engine does.

interface DesignResult {
  design: string;
  files: number;
  gzipBytes: number;
  found: number;
  of: number;
  perWordMedian: number;
  perWordMax: number;
  filesPerWord: number;
  lookupMs: number;
}

/** Damerau–Levenshtein distance (optimal string alignment), to name the word a typo was meant to be. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

export function measureDesigns(vocabulary: string[]): DesignResult[] {
  const known = new Set(vocabulary);
  const typos: { word: string; meant: string }[] = [];
  for (const { q, kind } of QUERY_SET) {
    if (!/typo|transposition/.test(kind)) continue;
    for (const word of terms(q)) {
      if (known.has(word)) continue;
      let meant = '';
      let best = Infinity;
      for (const t of vocabulary) {
        if (Math.abs(t.length - word.length) > 2) continue;
        const d = editDistance(word, t);
        if (d < best) [best, meant] = [d, t];
      }
      typos.push({ word, meant });
    }
  }
  const rank = (candidates: string[], word: string) =>
    new Fuse(candidates, { includeScore: true, threshold: 0.34, distance: 4, ignoreFieldNorm: true }).search(word, { limit: 4 }).map((r) => r.item);
  const hash = (text: string, n: number) => {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    return (h >>> 0) % n;
  };
  type Design = { design: string; files: Map<string, string>; lookup: (word: string) => { files: string[]; candidates: string[] } };

  // Sorted runs of the vocabulary, by first letters (as the engine's `v` shards), optionally also by last letters (`r`).
  const sorted = (cap: number, withReversed: boolean): Design => {
    const files = new Map<string, string>();
    const front = shardKeys(vocabulary, cap);
    front.starts.forEach((start, i) => files.set(`v${i}`, JSON.stringify(vocabulary.slice(start, front.starts[i + 1] ?? vocabulary.length))));
    const backwards = vocabulary.map(reversed).sort();
    const back = shardKeys(backwards, cap);
    if (withReversed) back.starts.forEach((start, i) => files.set(`r${i}`, JSON.stringify(backwards.slice(start, back.starts[i + 1] ?? backwards.length).map(reversed))));
    return {
      design: withReversed ? `first- and last-letter shards, ${cap} terms (chosen: ${cap === VOCAB_SHARD_TERMS ? 'yes' : 'no'})` : `first-letter shards only (before), ${cap} terms`,
      files,
      lookup: (word) => {
        const names = [`v${floorIndex(front.prefixes, word)}`, ...(withReversed ? [`r${floorIndex(back.prefixes, reversed(word))}`] : [])];
        return { files: names, candidates: rank(names.flatMap((n) => JSON.parse(files.get(n)!) as string[]), word) };
      },
    };
  };
  // Keys → words, sharded by hash of the key: symmetric deletes (each word and it less one letter) or padded trigrams.
  const keyed = (design: string, shards: number, keys: (word: string) => string[], enough: (shared: number, word: string) => boolean): Design => {
    const maps = Array.from({ length: shards }, () => new Map<string, string[]>());
    for (const t of vocabulary) {
      for (const key of new Set(keys(t))) {
        const map = maps[hash(key, shards)]!;
        const list = map.get(key);
        if (list) list.push(t);
        else map.set(key, [t]);
      }
    }
    const files = new Map(maps.map((m, i) => [`k${i}`, JSON.stringify(Object.fromEntries(m))]));
    return {
      design,
      files,
      lookup: (word) => {
        const wanted = [...new Set(keys(word))];
        const names = [...new Set(wanted.map((k) => `k${hash(k, shards)}`))];
        const shared = new Map<string, number>();
        for (const key of wanted) for (const t of (JSON.parse(files.get(`k${hash(key, shards)}`)!) as Record<string, string[]>)[key] ?? []) shared.set(t, (shared.get(t) ?? 0) + 1);
        return { files: names, candidates: rank([...shared].filter(([, n]) => enough(n, word)).map(([t]) => t), word) };
      },
    };
  };
  const deletes = (w: string) => [w, ...Array.from({ length: w.length }, (_, i) => w.slice(0, i) + w.slice(i + 1))];
  const trigrams = (w: string) => Array.from({ length: w.length }, (_, i) => `^${w}$`.slice(i, i + 3));
  const designs: Design[] = [
    sorted(VOCAB_SHARD_TERMS, false),
    sorted(1500, true),
    sorted(1000, true),
    sorted(800, true),
    keyed('symmetric deletes (distance 1), 1,024 hashed shards', 1024, deletes, () => true),
    keyed('padded trigrams, 1,024 hashed shards', 1024, trigrams, (n, w) => n >= Math.max(2, w.length - 4)),
  ];
  return designs.map(({ design, files, lookup }) => {
    const gzipOf = new Map([...files].map(([name, text]) => [name, gz(text)]));
    const bytes: number[] = [];
    const counts: number[] = [];
    const times: number[] = [];
    let found = 0;
    for (const { word, meant } of typos) {
      const start = performance.now();
      const result = lookup(word);
      times.push(performance.now() - start);
      if (result.candidates.includes(meant)) found++;
      bytes.push(result.files.reduce((n, name) => n + gzipOf.get(name)!, 0));
      counts.push(result.files.length);
    }
    return {
      design,
      files: files.size,
      gzipBytes: [...gzipOf.values()].reduce((a, b) => a + b, 0),
      found,
      of: typos.length,
      perWordMedian: percentile(bytes, 50),
      perWordMax: percentile(bytes, 100),
      filesPerWord: percentile(counts, 50),
      lookupMs: round(percentile(times, 50)),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

interface CorpusResult {
  corpus: string;
  articles: number;
  paragraphs: number;
  documents: number;
  own: OwnResult;
  pagefind: OtherResult;
  minisearch: OtherResult;
}

/** What `npm run bench` prints about search. */
export interface SearchBenchSummary {
  pass: boolean;
  checks: { name: string; pass: boolean; detail: string }[];
  corpora: CorpusResult[];
  /** The index designs compared on the vocabulary of the corpus at the budget size. */
  designs: { corpus: string; vocabulary: number; results: DesignResult[] } | undefined;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const KINDS = [...new Set(QUERY_SET.map((q) => q.kind))];
/** Share of the query set (or of one kind of it) whose paragraph is in the top 3. */
function hitRate(quality: QueryOutcome[], kind?: string): { hits: number; of: number } {
  const set = new Set(QUERY_SET.map((q) => q.q));
  const rows = quality.filter((o) => set.has(o.q) && (!kind || o.kind === kind));
  return { hits: rows.filter(hit).length, of: rows.length };
}
const percent = ({ hits, of }: { hits: number; of: number }) => `${Math.round((100 * hits) / Math.max(1, of))} %`;
/** Outcomes of today's fixed queries (the first ones of each list). */
const todays = (quality: QueryOutcome[]) => quality.slice(0, QUERIES.length);

function markdown(summary: SearchBenchSummary, code: { onFocus: number; fuzzy: number }): string {
  const { corpora } = summary;
  const lines = [
    '# Search benchmark',
    '',
    `Generated by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, Chromium for Pagefind). Every corpus holds the real site and the search fixture site; the generated ones add articles of ~60-word paragraphs. Bytes are gzip as sent over the wire; "first query" = everything a browser downloads before it can show the first ${SHOWN} results of a query (code, index files, result text), median over the ${ALL_QUERIES.length} queries (Pagefind: over today's ${QUERIES.length} and every third query of the set, each in a fresh browser context). Latency = time per keystroke (every prefix of every query) once the files it needs are fetched, best of three runs (the machine is shared); Pagefind's and MiniSearch's on whole queries only (see tests/bench/search.ts). MiniSearch loads its whole index before its first query.`,
    '',
    `Search code: ${kb(code.onFocus)} loaded when the field is focused, plus ${kb(code.fuzzy)} (Fuse.js basic) loaded the first time a word needs fuzzy matching.`,
    '',
    '## Size and speed',
    '',
    '| Corpus | Articles | Paragraphs | Index files | Index gzip | First query (median / max) | Pagefind first query (median / max) | MiniSearch first query | Latency per keystroke p50 / p95 | Whole query p50 / p95 | Pagefind p50 / p95 | MiniSearch p50 / p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...corpora.map(
      (c) =>
        `| ${c.corpus} | ${c.articles} | ${c.paragraphs} | ${c.own.files} | ${kb(c.own.gzipBytes)} | ${kb(c.own.firstQueryBytes.median)} / ${kb(c.own.firstQueryBytes.max)} | ${kb(c.pagefind.firstQueryBytes.median)} / ${kb(c.pagefind.firstQueryBytes.max)} | ${kb(c.minisearch.firstQueryBytes.median)} | ${c.own.latencyMs.p50} / ${c.own.latencyMs.p95} ms | ${c.own.wholeQueryMs.p50} / ${c.own.wholeQueryMs.p95} ms | ${c.pagefind.latencyMs.p50} / ${c.pagefind.latencyMs.p95} ms | ${c.minisearch.latencyMs.p50} / ${c.minisearch.latencyMs.p95} ms |`,
    ),
    '',
    '## Top-3 hit rate of the query set, by kind (Parallax / Pagefind / MiniSearch)',
    '',
    `| Kind | Queries | ${corpora.map((c) => c.corpus).join(' | ')} |`,
    `|---|---:|${corpora.map(() => '---').join('|')}|`,
    ...[...KINDS, undefined].map((kind) => {
      const cells = corpora.map((c) => [c.own, c.pagefind, c.minisearch].map((r) => percent(hitRate(r.quality, kind))).join(' / '));
      return `| ${kind ?? '**all**'} | ${hitRate(corpora[0]!.own.quality, kind).of} | ${cells.join(' | ')} |`;
    }),
    '',
    `## Today's ${QUERIES.length} queries: rank of the expected paragraph (Parallax)`,
    '',
    `| Query | ${corpora.map((c) => c.corpus).join(' | ')} |`,
    `|---|${corpora.map(() => '---:').join('|')}|`,
    ...QUERIES.map((_, i) => `| \`${QUERIES[i]!.q}\` | ${corpora.map((c) => c.own.quality[i]!.rank ?? 'missed').join(' | ')} |`),
    '',
    '## Query-set misses (Parallax)',
    '',
    ...corpora.map((c) => {
      const missed = c.own.quality.slice(QUERIES.length).filter((o) => !hit(o));
      return `- ${c.corpus}: ${missed.length ? missed.map((o) => `\`${o.q}\` (${o.kind}, ${o.unwanted ? 'an unwanted paragraph shown' : `rank ${o.rank ?? 'absent'}`})`).join(', ') : 'none'}`;
    }),
    '',
    ...(summary.designs
      ? [
          `## Index designs, measured before choosing (${summary.designs.corpus}, ${summary.designs.vocabulary.toLocaleString('en-US')} terms)`,
          '',
          `For each of the ${summary.designs.results[0]?.of ?? 0} mistyped words of the query set (first letter, second letter, swapped letters): what a design fetches to find candidates, and whether Fuse.js then ranks the intended word among its top 4. The engine adds swapped-neighbour candidates to the chosen design, which Fuse.js scores as two typos.`,
          '',
          '| Design | Files | Index gzip | Intended word found | Fetched per word, median (files) / max | Lookup, median |',
          '|---|---:|---:|---:|---:|---:|',
          ...summary.designs.results.map(
            (d) => `| ${d.design} | ${d.files} | ${kb(d.gzipBytes)} | ${d.found}/${d.of} | ${kb(d.perWordMedian)} (${d.filesPerWord}) / ${kb(d.perWordMax)} | ${d.lookupMs} ms |`,
          ),
          '',
        ]
      : []),
    '## Budget',
    '',
    ...summary.checks.map((c) => `- ${c.pass ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`),
    '',
  ];
  return lines.join('\n');
}

/** Runs the benchmark, writes tests/bench/results/search.{json,md} and returns the summary. */
export async function runSearchBench(log: (line: string) => void = console.log): Promise<SearchBenchSummary> {
  mkdirSync(TMP, { recursive: true });
  const code = await codeBytes();
  const base = baseLibrary();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const corpora: CorpusResult[] = [];
  let designs: SearchBenchSummary['designs'];
  try {
    // One corpus at a time: the largest takes a good share of memory on its own.
    for (const size of [0, ...SIZES]) {
      const started = performance.now();
      const name = size ? `generated ${size}` : 'real + fixture sites';
      const stories = size ? generatedLibrary(size, base) : base;
      const articles = stories.reduce((n, s) => n + s.articles.length, 0);
      const paragraphs = stories.reduce((n, s) => n + s.articles.reduce((m, a) => m + a.paragraphs.length, 0), 0);
      const own = await measureOwn(stories, code);
      const pf = await measurePagefind(stories, browser);
      const minisearch = measureMiniSearch(stories);
      const documents = searchDocuments(stories, storyHref).length;
      if (size === BUDGET.articles) {
        const { files } = buildSearchIndex(searchDocuments(stories, storyHref));
        const vocabulary = [...files].filter(([name]) => /^v\d+\.json$/.test(name)).flatMap(([, text]) => (JSON.parse(text) as VocabShardFile).t).sort();
        designs = { corpus: name, vocabulary: vocabulary.length, results: measureDesigns(vocabulary) };
        for (const d of designs.results) log(`  design: ${d.design}: ${d.found}/${d.of} found, ${kb(d.perWordMedian)} per word`);
      }
      corpora.push({ corpus: name, articles, paragraphs, documents, own, pagefind: pf, minisearch });
      log(
        `${name}: ${articles} articles, ${paragraphs} paragraphs; index ${kb(own.gzipBytes)} gzip in ${own.files} files; first query ${kb(own.firstQueryBytes.median)} (Pagefind ${kb(pf.firstQueryBytes.median)}, MiniSearch ${kb(minisearch.firstQueryBytes.median)}); p95 ${own.latencyMs.p95} ms; top-3 ${percent(hitRate(own.quality))} (Pagefind ${percent(hitRate(pf.quality))}, MiniSearch ${percent(hitRate(minisearch.quality))}) [${((performance.now() - started) / 1000).toFixed(0)} s]`,
      );
    }
  } finally {
    await browser.close();
    await pagefind.close();
  }
  const generated = corpora.filter((c) => c.corpus.startsWith('generated'));
  const atBudget = generated.find((c) => c.articles >= BUDGET.articles) ?? corpora.at(-1)!;
  const largest = generated.find((c) => c.articles >= 10_000);
  const rate = hitRate(atBudget.own.quality);
  const checks = [
    { name: `search code on focus ≤ ${kb(BUDGET.codeBytes)} gzip`, pass: code.onFocus <= BUDGET.codeBytes, detail: kb(code.onFocus) },
    { name: `p95 per keystroke ≤ ${BUDGET.p95Ms} ms at ${atBudget.articles} articles`, pass: atBudget.own.latencyMs.p95 <= BUDGET.p95Ms, detail: `${atBudget.own.latencyMs.p95} ms` },
    {
      name: `first-query download ≤ ${kb(BUDGET.firstQueryBytes)} at ${atBudget.articles} articles (median)`,
      pass: atBudget.own.firstQueryBytes.median <= BUDGET.firstQueryBytes,
      detail: `${kb(atBudget.own.firstQueryBytes.median)} (Pagefind ${kb(atBudget.pagefind.firstQueryBytes.median)})`,
    },
    {
      name: `top-3 hit rate of the query set ≥ ${BUDGET.hitRate * 100} % at ${atBudget.articles} articles`,
      pass: rate.hits / rate.of >= BUDGET.hitRate,
      detail: `${rate.hits}/${rate.of} (${percent(rate)}; Pagefind ${percent(hitRate(atBudget.pagefind.quality))}, MiniSearch ${percent(hitRate(atBudget.minisearch.quality))})`,
    },
    ...(largest
      ? [
          {
            name: `first-query download under a quarter of Pagefind's at ${largest.articles} articles`,
            pass: largest.own.firstQueryBytes.median < BUDGET.pagefindShareAt10k * largest.pagefind.firstQueryBytes.median,
            detail: `${kb(largest.own.firstQueryBytes.median)} vs ${kb(largest.pagefind.firstQueryBytes.median)} (${Math.round((100 * largest.own.firstQueryBytes.median) / largest.pagefind.firstQueryBytes.median)} %)`,
          },
        ]
      : []),
    ...corpora.map((c) => {
      const missed = todays(c.own.quality).filter((x) => x.rank !== 1);
      return {
        name: `today's ${QUERIES.length} queries put their paragraph first (${c.corpus})`,
        pass: missed.length === 0,
        detail: missed.length ? `not first: ${missed.map((x) => `${x.q} (${x.rank ?? 'absent'})`).join(', ')}` : `${QUERIES.length}/${QUERIES.length}`,
      };
    }),
  ];
  const summary: SearchBenchSummary = { pass: checks.every((c) => c.pass), checks, corpora, designs };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'search.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, code, ...summary }, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'search.md'), markdown(summary, code));
  for (const check of checks) log(`${check.pass ? 'PASS' : 'FAIL'} ${check.name}: ${check.detail}`);
  return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const summary = await runSearchBench();
  process.exitCode = summary.pass ? 0 : 1;
}
