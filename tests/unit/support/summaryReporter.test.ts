// The closing line of a run ("N passed, N failed, N skipped") must say a run failed when a test
// file failed to load or a beforeAll hook threw, though no single test failed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../../support/site';

it('counts a file that failed to load and a suite whose beforeAll threw as failed', { timeout: 60_000 }, () => {
  // The child is a run of its own, not a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|NODE_ENV)$/.test(key)));
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/fixtures/reporter/vitest.config.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  const lines = stripVTControlCharacters(run.stdout).trim().split('\n');
  expect(lines.at(-1)).toBe('1 passed, 2 failed, 1 skipped');
});
