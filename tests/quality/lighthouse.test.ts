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
import { serveCompressed, startLighthouse, type Preset, type RunResult } from './lighthouse';
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
let runner: Awaited<ReturnType<typeof startLighthouse>>;
beforeAll(async () => {
  server = await serveCompressed(inject('siteUrl'));
  runner = await startLighthouse(join(ARTIFACTS, 'lighthouse'));
});
afterAll(async () => {
  runner?.close();
  await server?.close();
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
