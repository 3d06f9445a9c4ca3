// Scale benchmark (`npm run bench:build`): synthetic sites of growing size (generated here under
// tests/.tmp, never committed) built with the real pipeline. Reports, per size: build time, time per
// article spent in extraction and in comparison (measured in this process on the same articles),
// peak memory of the build process, and dist/ size; checks the budget (300 articles in ≤ 60 s) and
// that build time grows no worse than linearly. Writes tests/bench/results/build.{json,md}.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/lib/analyze';
import { compareStory } from '../../src/lib/compare';
import { sourceParagraphs, syntheticStory, writeContent } from '../quality/synthetic';
import { random } from '../support/random';
import { buildSite, ROOT, TMP } from '../support/site';

/** The sizes measured: stories × articles per story. BENCH_BUILD_SIZES=20x2,100x3 runs a subset. */
const SIZES = (process.env.BENCH_BUILD_SIZES ?? '20x2,50x2,100x3,500x2').split(',').map((size) => size.split('x').map(Number) as [number, number]);
/** Paragraphs per article, about a typical wire report. */
const PARAGRAPHS = 14;
const BUDGET = { articles: 300, seconds: 60, maxGrowthExponent: 1.1 };
const WORK = join(TMP, 'bench-build');
const RESULTS = join(ROOT, 'tests/bench/results');

/** One point of the growth curve. */
interface Point {
  stories: number;
  articles: number;
  pages: number;
  buildSeconds: number;
  extractionMsPerArticle: number;
  comparisonMsPerArticle: number;
  peakMemoryMB: number;
  distMB: number;
}

const sizeOf = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);

// The build runs in a child process; a preloaded hook there records its peak resident memory on exit.
const PEAK_HOOK = join(WORK, 'peak-memory.cjs');
function preparePeakHook(): void {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(
    PEAK_HOOK,
    "process.on('exit', () => require('node:fs').appendFileSync(process.env.BENCH_PEAK_FILE, process.resourceUsage().maxRSS + '\\n'));\n",
  );
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${PEAK_HOOK}`.trim();
}

async function measure(stories: number, perStory: number, pool: string[]): Promise<Point> {
  const label = `${stories}x${perStory}`;
  const dir = join(WORK, label);
  rmSync(dir, { recursive: true, force: true });
  const next = random(stories * 31 + perStory);
  const site = Array.from({ length: stories }, (_, i) => syntheticStory(pool, i + 1, perStory, PARAGRAPHS, next));
  writeContent(join(dir, 'content'), site);

  let extraction = 0;
  let comparison = 0;
  for (const story of site) {
    let start = performance.now();
    const analyzed = story.articles.map(analyzeArticle);
    extraction += performance.now() - start;
    start = performance.now();
    compareStory(analyzed);
    comparison += performance.now() - start;
  }

  const peakFile = join(dir, 'peak.txt');
  process.env.BENCH_PEAK_FILE = peakFile;
  const started = performance.now();
  const build = await buildSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'dist') });
  const buildSeconds = (performance.now() - started) / 1000;
  if (!build.ok) throw new Error(`The ${label} site did not build:\n${build.output.slice(-4000)}`);
  const peakKB = existsSync(peakFile) ? Math.max(...readFileSync(peakFile, 'utf8').trim().split('\n').map(Number)) : NaN;
  const articles = stories * perStory;
  const point: Point = {
    stories,
    articles,
    pages: readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length,
    buildSeconds: round(buildSeconds),
    extractionMsPerArticle: round(extraction / articles),
    comparisonMsPerArticle: round(comparison / articles),
    peakMemoryMB: Math.round(peakKB / 1024),
    distMB: round(sizeOf(build.outDir) / 1e6),
  };
  rmSync(dir, { recursive: true, force: true });
  console.log(`${label}: ${JSON.stringify(point)}`);
  return point;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * How build time grows between two sizes: the exponent k in time ∝ articles^k (1 is linear; the
 * fixed start-up cost pulls it below 1, anything quadratic pushes it well above) and the cost of
 * each added article.
 */
function growth(a: Point, b: Point) {
  return {
    from: a.articles,
    to: b.articles,
    exponent: round(Math.log(b.buildSeconds / a.buildSeconds) / Math.log(b.articles / a.articles)),
    msPerAddedArticle: Math.round(((b.buildSeconds - a.buildSeconds) * 1000) / (b.articles - a.articles)),
  };
}

function report(points: Point[], load: number[]) {
  const budgetPoint = points.find((p) => p.articles === BUDGET.articles);
  const exponents = points.slice(1).map((p, i) => growth(points[i]!, p));
  const worst = Math.max(...exponents.map((e) => e.exponent));
  const checks = {
    budget: budgetPoint ? budgetPoint.buildSeconds <= BUDGET.seconds : null,
    linear: exponents.length > 0 ? worst <= BUDGET.maxGrowthExponent : null,
  };
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: load.map(round) },
    paragraphsPerArticle: PARAGRAPHS,
    points,
    growth: exponents,
    budget: BUDGET,
    checks,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'build.json'), JSON.stringify(result, null, 2) + '\n');
  const md = [
    '# Build scale benchmark',
    '',
    `\`npm run bench:build\`, ${result.date.slice(0, 10)}, ${result.machine.cpus} cores, Node ${result.machine.node}, load average at start ${result.machine.loadAverageAtStart.join(' / ')}.`,
    `Synthetic stories of ${PARAGRAPHS} paragraphs per article, recombined from the seed and fixture reports with names and numbers varied.`,
    '',
    '| Stories × articles | Articles | Pages | Build (s) | Build per article (ms) | Extraction per article (ms) | Comparison per article (ms) | Peak memory (MB) | dist/ (MB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...points.map(
      (p) =>
        `| ${p.stories} × ${p.articles / p.stories} | ${p.articles} | ${p.pages} | ${p.buildSeconds} | ${Math.round((p.buildSeconds * 1000) / p.articles)} | ${p.extractionMsPerArticle} | ${p.comparisonMsPerArticle} | ${p.peakMemoryMB} | ${p.distMB} |`,
    ),
    '',
    `Growth of build time between successive sizes, as the exponent k in time ∝ articles^k (1 = linear) and the cost of each added article: ${exponents.map((e) => `${e.from}→${e.to}: k = ${e.exponent}, ${e.msPerAddedArticle} ms`).join('; ')}.`,
    '',
    `Budget: ${BUDGET.articles} articles in ≤ ${BUDGET.seconds} s: ${checks.budget === null ? 'not measured' : checks.budget ? 'pass' : 'FAIL'} (${budgetPoint?.buildSeconds ?? '–'} s); growth exponent ≤ ${BUDGET.maxGrowthExponent}: ${checks.linear === null ? 'not measured' : checks.linear ? 'pass' : 'FAIL'} (worst ${worst}).`,
    '',
  ].join('\n');
  writeFileSync(join(RESULTS, 'build.md'), md);
  console.log(md);
  if (checks.budget === false || checks.linear === false) process.exitCode = 1;
}

const load = loadavg();
preparePeakHook();
const pool = sourceParagraphs();
const points: Point[] = [];
for (const [stories, perStory] of SIZES) points.push(await measure(stories, perStory, pool));
report(points, load);
