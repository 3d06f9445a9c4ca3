// Gate: Lighthouse scores for the home page, a story page, the figures view and the search page,
// mobile and desktop, against tests/quality/budgets.json. Performance is the median of three runs
// (and no run below the floor); the other categories come from the first run. When the first two
// runs both score the maximum the median already is the maximum, so the third is skipped.
// HTML reports go to tests/artifacts/lighthouse/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS } from '../support/browser';
import type { StaticServer } from '../support/server';
import { serveCompressed, serveInPieces, startLighthouse, type Preset, type RunResult } from './lighthouse';
import { builtPages } from './pages';

interface LighthouseBudget {
  pageTypes: string[];
  presets: Preset[];
  minScores: Record<string, number>;
  performanceRuns: number;
  performanceFloor: number;
}
const budget = (JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as { lighthouse: LighthouseBudget }).lighthouse;
const pages = builtPages(inject('distDir'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let server: StaticServer;
let slow: StaticServer;
let runner: Awaited<ReturnType<typeof startLighthouse>>;
beforeAll(async () => {
  [server, slow] = await Promise.all([serveCompressed(inject('siteUrl')), serveInPieces(inject('siteUrl'))]);
  runner = await startLighthouse(join(ARTIFACTS, 'lighthouse'));
});
afterAll(async () => {
  runner?.close();
  await Promise.all([server?.close(), slow?.close()]);
});

describe('Lighthouse', () => {
  for (const type of budget.pageTypes) {
    const page = pages.find((p) => p.type === type);
    it(`meets the budget on the ${type} page (/${page?.path}), ${budget.presets.join(' and ')}`, async () => {
      expect(page, `the build has a ${type} page`).toBeDefined();
      for (const preset of budget.presets) {
        const name = `${type}-${preset}`;
        const runs: RunResult[] = [await runner.audit(server.url + page!.path, preset, `${name}-1`)];
        const performance = () => runs.map((r) => r.scores.performance!);
        const max = budget.minScores.performance!;
        // Once more than half the runs score the maximum, so does the median: the rest can be skipped.
        while (runs.length < budget.performanceRuns && performance().filter((s) => s >= max).length <= budget.performanceRuns / 2) {
          runs.push(await runner.audit(server.url + page!.path, preset, `${name}-${runs.length + 1}`, true));
        }
        const [first] = runs as [RunResult];
        const why = (category: string) => `${name} ${category}: runs ${runs.map((r) => r.scores[category]).join(', ')}; lost points on ${runs.flatMap((r) => r.failing[category] ?? []).join(', ')}`;
        for (const [category, min] of Object.entries(budget.minScores)) {
          const score = category === 'performance' ? median(performance()) : first.scores[category]!;
          expect(score, why(category)).toBeGreaterThanOrEqual(min);
        }
        expect(Math.min(...performance()), why('performance')).toBeGreaterThanOrEqual(budget.performanceFloor);
      }
    }, 240_000);
  }
});

// The story page once failed one run in two on layout shift (0.144): while the page was still
// arriving, the summary's auto-fit grid stretched the sections it had over the full width and
// narrowed them as more came. Here the HTML arrives in pieces, so Chromium paints it half-loaded
// in every run, as it did then on a busy machine; three runs, each below the limit.
const CLS_LIMIT = 0.05;
describe('layout shift', () => {
  it(`stays below ${CLS_LIMIT} on the story page in each of three Lighthouse desktop runs, the page arriving in pieces`, async () => {
    const story = pages.find((p) => p.type === 'story');
    expect(story).toBeDefined();
    const runs: RunResult[] = [];
    for (let i = 1; i <= 3; i++) runs.push(await runner.audit(slow.url + story!.path, 'desktop', `story-layout-shift-${i}`, true));
    console.log(`Story page CLS, desktop, three runs: ${runs.map((r) => r.cls.toFixed(4)).join(', ')}`);
    for (const run of runs) expect(run.cls, `CLS ${run.cls}; what moved: ${run.shifts.join(', ') || 'nothing attributed'}`).toBeLessThan(CLS_LIMIT);
  }, 240_000);
});
