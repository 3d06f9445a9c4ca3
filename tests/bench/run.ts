// `npm run bench`: extraction speed, what analysis adds to building the real site, and the weight
// of every page type. Prints the numbers and keeps them in tests/bench/results/bench.{json,md}.
// (Search has its own, longer benchmark: `npm run bench:search`; its last results are quoted.)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/lib/analyze';
import { compareStory } from '../../src/lib/compare';
import type { Story } from '../../src/lib/content/library';
import { readContent } from '../support/content';
import { serveStatic } from '../support/server';
import { buildSite, ROOT, TMP } from '../support/site';
import { runExtractionBench } from './extraction';
import { runWeightBench, weightTable } from './weights';

const RESULTS = join(ROOT, 'tests/bench/results');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median time to parse, extract and compare every real story, warm, as the build does once. */
function analysisMs(stories: Story[]): number {
  const once = () => stories.forEach((story) => compareStory(story.articles.map(analyzeArticle)));
  for (let i = 0; i < 5; i++) once();
  return median(
    Array.from({ length: 15 }, () => {
      const started = performance.now();
      once();
      return performance.now() - started;
    }),
  );
}

mkdirSync(TMP, { recursive: true });
mkdirSync(RESULTS, { recursive: true });
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const extraction = await runExtractionBench();
console.log(`extraction: ${Math.round(extraction.wordsPerSecond).toLocaleString('en-US')} words/s over ${extraction.articles} synthetic articles (${extraction.words.toLocaleString('en-US')} words, median of ${extraction.runs}); both seed articles ${extraction.seedMs.toFixed(2)} ms after warm-up`);

const stories = readContent();
const articleCount = stories.reduce((n, s) => n + s.articles.length, 0);
const analysis = analysisMs(stories);
const started = performance.now();
const build = await buildSite({ outDir: join(TMP, 'bench-dist') });
const buildSeconds = (performance.now() - started) / 1000;
if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
console.log(`real site: build ${buildSeconds.toFixed(1)} s, of which parsing, extraction and comparison of ${articleCount} articles take ${analysis.toFixed(1)} ms (warm median)`);

const server = await serveStatic(build.outDir);
const weights = await runWeightBench({ distDir: build.outDir, siteUrl: server.url }).finally(() => server.close());

const searchFile = join(RESULTS, 'search.md');
const search = existsSync(searchFile) ? readFileSync(searchFile, 'utf8') : 'not run yet: `npm run bench:search`';

const result = { date: new Date().toISOString().slice(0, 10), machine, extraction, realSite: { buildSeconds, analysisMs: analysis, articles: articleCount }, weights };
writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(RESULTS, 'bench.md'),
  [
    '# Benchmarks (`npm run bench`)',
    '',
    `Run on ${result.date}, ${machine}.`,
    '',
    '## Extraction',
    '',
    `- Throughput: **${Math.round(extraction.wordsPerSecond).toLocaleString('en-US')} words/s** on ${extraction.articles} synthetic articles (${extraction.words.toLocaleString('en-US')} words), median of ${extraction.runs} runs.`,
    `- Both seed articles, after warm-up: **${extraction.seedMs.toFixed(2)} ms** (median of 30).`,
    `- Real site: \`astro build\` takes ${buildSeconds.toFixed(1)} s; parsing, extraction and comparison of its ${articleCount} articles add **${analysis.toFixed(1)} ms** of it.`,
    '',
    '## Page weight (gzip, what a browser transfers before interacting)',
    '',
    weightTable(weights),
    '',
    '## Search (last `npm run bench:search`, see search.md)',
    '',
    search.split('\n').filter((line) => line.startsWith('- PASS') || line.startsWith('- FAIL')).join('\n') || search,
    '',
  ].join('\n'),
);
console.log(`\nwritten: tests/bench/results/bench.json, bench.md`);
