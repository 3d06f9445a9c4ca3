// Search benchmark (`npm run bench:search`): the real site and generated corpora of 100, 1,000 and
// 10,000 articles, indexed by Parallax's search and by Pagefind, compared on index size, bytes a
// browser downloads before the first results, load time and per-keystroke latency; checks the
// budget and that every fixed query finds its paragraph near the top. Corpora are generated here
// and never written to content/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Fuse from 'fuse.js/min-basic';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { analyzeArticle, type AnalyzedArticle, type AnalyzedStory } from '../../src/lib/analyze';
import type { Article, Story } from '../../src/lib/content/library';
import { extractFacts } from '../../src/lib/extract';
import { buildSearchIndex } from '../../src/lib/search/build';
import { searchDocuments } from '../../src/lib/search/documents';
import { SearchEngine, type SearchResults } from '../../src/lib/search/engine';
import { decodePostings, type PostingsShardFile, type VocabShardFile } from '../../src/lib/search/format';
import { readContent } from '../support/content';
import { random } from '../support/random';
import { serveStatic } from '../support/server';
import { ROOT, TMP } from '../support/site';

const RESULTS = join(ROOT, 'tests/bench/results');
// SEARCH_BENCH_SIZES=100,1000 runs a subset (for a quick look; committed results use all three).
const SIZES = (process.env.SEARCH_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
/** Results a first query shows (both engines load this many results' text). */
const SHOWN = 10;
const BUDGET = { articles: 1000, p95Ms: 16, topRank: 3 };
const storyHref = (story: string) => `/stories/${story}/`;

/** The fixed queries: what a reader types, and words of the paragraph that must come first or near the top. */
export const QUERIES: { q: string; kind: string; expect: string }[] = [
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

// ---------------------------------------------------------------------------------------------
// Corpora

/** The real content folder, analysed as the build does. */
function realLibrary(): AnalyzedStory[] {
  return readContent().map((story) => ({ story, articles: story.articles.map(analyzeArticle) }));
}

/**
 * A corpus of `size` articles: the real stories plus generated ones, three outlets a story, about
 * 15 paragraphs of about 60 words an article. Words follow a Zipf law over the real articles'
 * lower-case words (most frequent) and invented ones, so the vocabulary grows with the corpus
 * as a real one does; people, titles and figures are sprinkled in.
 */
function generatedLibrary(size: number, real: AnalyzedStory[]): AnalyzedStory[] {
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

interface OwnResult {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  manifestGzip: number;
  loadMs: { manifest: number; vocabShardP50: number; vocabShardMax: number; postingsShardP50: number; postingsShardMax: number };
  firstQueryBytes: { median: number; max: number; byQuery: Record<string, number> };
  latencyMs: { p50: number; p95: number; max: number; keystrokes: number };
  wholeQueryMs: { p50: number; p95: number };
  quality: { q: string; rank: number | null }[];
}

function expectedAnchors(stories: AnalyzedStory[], expect: string): Set<string> {
  const anchors = new Set<string>();
  for (const { story, articles } of stories)
    for (const { article, paragraphs } of articles)
      for (const p of paragraphs) if (p.text.includes(expect)) anchors.add(`${storyHref(story.id)}#${article.id}-p${p.index}`);
  if (!anchors.size) throw new Error(`no paragraph contains "${expect}"`);
  return anchors;
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
  for (const { q } of QUERIES) {
    const reads: string[] = [];
    let fuzzy = false;
    await (await open(reads, () => (fuzzy = true))).search(q, SHOWN);
    byQuery[q] = code.onFocus + (fuzzy ? code.fuzzy : 0) + reads.reduce((n, name) => n + gzipOf.get(name)!, 0);
  }

  // Latency per keystroke, with the files each prefix needs already fetched (as after typing it once).
  const engine = await open();
  for (const { q } of QUERIES) for (const prefix of keystrokes(q)) await engine.search(prefix, SHOWN);
  const times: number[] = [];
  const whole: number[] = [];
  const quality: OwnResult['quality'] = [];
  for (const { q, expect } of QUERIES) {
    for (const prefix of keystrokes(q)) {
      // Best of three, so a scheduler hiccup on this shared machine is not charged to search.
      let best = Infinity;
      let results: SearchResults | undefined;
      for (let run = 0; run < 3; run++) {
        start = performance.now();
        results = await engine.search(prefix, SHOWN);
        best = Math.min(best, performance.now() - start);
      }
      times.push(best);
      if (prefix === q) {
        whole.push(times.at(-1)!);
        const anchors = expectedAnchors(stories, expect);
        const rank = results!.paragraphs.findIndex((hit) => anchors.has(hit.href));
        quality.push({ q, rank: rank < 0 ? null : rank + 1 });
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

interface PagefindResult {
  files: number;
  bytes: number;
  firstQueryBytes: { median: number; max: number };
  latencyMs: { p50: number; p95: number; max: number; keystrokes: number };
}

// Pagefind's latency is measured on whole queries only: on one- and two-letter prefixes it
// expands to thousands of words and takes seconds per keystroke at 1,000 articles, which would
// make this benchmark run for hours at 10,000.
// Pagefind ships gzipped index files (pf_*), so those count as they are; its JS and JSON count gzipped.
const PAGEFIND_MODULE = '/pagefind/pagefind.js';
const pagefindWireBytes = (path: string, body: Uint8Array) => (/\.(js|json|css)$/.test(path) ? gz(body) : body.length);

async function measurePagefind(stories: AnalyzedStory[], browser: import('playwright-core').Browser): Promise<PagefindResult> {
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
      const firstBytes: number[] = [];
      for (const { q } of QUERIES) {
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
      const times = await page.evaluate(async ({ queries, module }) => {
        const pf = await import(module);
        await pf.init();
        for (const q of queries) await pf.search(q);
        const out: number[] = [];
        for (const q of queries) {
          let best = Infinity;
          for (let run = 0; run < 3; run++) {
            const start = performance.now();
            await pf.search(q);
            best = Math.min(best, performance.now() - start);
          }
          out.push(best);
        }
        return out;
      }, { queries: QUERIES.map((x) => x.q), module: PAGEFIND_MODULE });
      await page.close();
      return {
        files: all.length,
        bytes: all.reduce((n, f) => n + readFileSync(join(f.parentPath, f.name)).length, 0),
        firstQueryBytes: { median: percentile(firstBytes, 50), max: percentile(firstBytes, 100) },
        latencyMs: { p50: round(percentile(times, 50), 3), p95: round(percentile(times, 95), 3), max: round(percentile(times, 100), 3), keystrokes: times.length },
      };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

interface CorpusResult {
  corpus: string;
  articles: number;
  paragraphs: number;
  documents: number;
  own: OwnResult;
  pagefind: PagefindResult;
}

/** What `npm run bench` prints about search. */
export interface SearchBenchSummary {
  pass: boolean;
  checks: { name: string; pass: boolean; detail: string }[];
  corpora: CorpusResult[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function markdown(summary: SearchBenchSummary, code: { onFocus: number; fuzzy: number }): string {
  const lines = [
    '# Search benchmark',
    '',
    `Generated by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, Chromium for Pagefind). Bytes are gzip as sent over the wire; "first query" = everything a browser downloads before it can show the first ${SHOWN} results of a query (code, index files, result text), median over the ${QUERIES.length} fixed queries. Latency = time per keystroke (every prefix of every fixed query) once the files it needs are fetched, best of three runs (the machine is shared); Pagefind's on whole queries only (see tests/bench/search.ts).`,
    '',
    `Search code: ${kb(code.onFocus)} loaded when the field is focused, plus ${kb(code.fuzzy)} (Fuse.js basic) loaded the first time a word needs fuzzy matching.`,
    '',
    '| Corpus | Articles | Paragraphs | Index files | Index raw | Index gzip | First query (median / max) | Load: manifest / vocab shard / postings shard | Latency per keystroke p50 / p95 | Latency whole query p50 / p95 | Pagefind bundle | Pagefind first query (median / max) | Pagefind latency p50 / p95 (whole queries) |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
    ...summary.corpora.map(
      (c) =>
        `| ${c.corpus} | ${c.articles} | ${c.paragraphs} | ${c.own.files} | ${kb(c.own.rawBytes)} | ${kb(c.own.gzipBytes)} | ${kb(c.own.firstQueryBytes.median)} / ${kb(c.own.firstQueryBytes.max)} | ${c.own.loadMs.manifest} / ${c.own.loadMs.vocabShardP50} / ${c.own.loadMs.postingsShardP50} ms | ${c.own.latencyMs.p50} / ${c.own.latencyMs.p95} ms | ${c.own.wholeQueryMs.p50} / ${c.own.wholeQueryMs.p95} ms | ${kb(c.pagefind.bytes)} | ${kb(c.pagefind.firstQueryBytes.median)} / ${kb(c.pagefind.firstQueryBytes.max)} | ${c.pagefind.latencyMs.p50} / ${c.pagefind.latencyMs.p95} ms |`,
    ),
    '',
    '## Rank of the expected paragraph',
    '',
    `| Query | ${summary.corpora.map((c) => c.corpus).join(' | ')} |`,
    `|---|${summary.corpora.map(() => '---:').join('|')}|`,
    ...QUERIES.map(({ q }) => `| \`${q}\` | ${summary.corpora.map((c) => c.own.quality.find((x) => x.q === q)?.rank ?? 'missed').join(' | ')} |`),
    '',
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
  const real = realLibrary();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const corpora: CorpusResult[] = [];
  try {
    // One corpus at a time: the largest takes a good share of memory on its own.
    for (const size of [0, ...SIZES]) {
      const started = performance.now();
      const name = size ? `generated ${size}` : 'real site';
      const stories = size ? generatedLibrary(size, real) : real;
      const articles = stories.reduce((n, s) => n + s.articles.length, 0);
      const paragraphs = stories.reduce((n, s) => n + s.articles.reduce((m, a) => m + a.paragraphs.length, 0), 0);
      const own = await measureOwn(stories, code);
      const pf = await measurePagefind(stories, browser);
      const documents = searchDocuments(stories, storyHref).length;
      corpora.push({ corpus: name, articles, paragraphs, documents, own, pagefind: pf });
      log(
        `${name}: ${articles} articles, ${paragraphs} paragraphs; index ${kb(own.gzipBytes)} gzip in ${own.files} files; first query ${kb(own.firstQueryBytes.median)} (Pagefind ${kb(pf.firstQueryBytes.median)}); p95 ${own.latencyMs.p95} ms (Pagefind ${pf.latencyMs.p95} ms) [${((performance.now() - started) / 1000).toFixed(0)} s]`,
      );
    }
  } finally {
    await browser.close();
    await pagefind.close();
  }
  const atBudget = corpora.find((c) => c.articles >= BUDGET.articles && c.corpus.startsWith('generated'))!;
  const checks = [
    { name: `p95 per keystroke ≤ ${BUDGET.p95Ms} ms at ${atBudget.articles} articles`, pass: atBudget.own.latencyMs.p95 <= BUDGET.p95Ms, detail: `${atBudget.own.latencyMs.p95} ms` },
    ...corpora
      .filter((c) => c.corpus.startsWith('generated'))
      .map((c) => ({
        name: `fewer bytes than Pagefind before the first results (${c.corpus})`,
        pass: c.own.firstQueryBytes.median < c.pagefind.firstQueryBytes.median,
        detail: `${kb(c.own.firstQueryBytes.median)} vs ${kb(c.pagefind.firstQueryBytes.median)} (median)`,
      })),
    ...corpora.map((c) => {
      const missed = c.own.quality.filter((x) => x.rank === null || x.rank > BUDGET.topRank);
      return {
        name: `every fixed query finds its paragraph in the top ${BUDGET.topRank} (${c.corpus})`,
        pass: missed.length === 0,
        detail: missed.length ? `missed: ${missed.map((x) => `${x.q} (${x.rank ?? 'absent'})`).join(', ')}` : `${c.own.quality.length}/${c.own.quality.length}`,
      };
    }),
  ];
  const summary: SearchBenchSummary = { pass: checks.every((c) => c.pass), checks, corpora };
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
