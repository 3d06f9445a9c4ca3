// `npm start` builds the site and serves it: a URL without its trailing slash reaches its page as a
// static host would, and stopping npm with TERM (as a process manager or `kill` does) frees the
// port within 5 s, leaving no server behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exited, freePort, pagePaths, portIsFree, serverUrl } from '../support/serving';
import { childEnv, removeBuild, ROOT, TMP } from '../support/site';

let npm: ChildProcess;
let port: number;
let url: string;
const scratch = { outDir: '' };

beforeAll(async () => {
  scratch.outDir = mkdtempSync(join(TMP, 'start-'));
  port = await freePort();
  // Its own process group, so cleanup can reach a server npm leaves behind.
  npm = spawn('npm', ['start', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: childEnv(scratch.outDir),
    detached: true,
  });
  url = await serverUrl(npm, 180_000);
}, 240_000);

afterAll(() => {
  try {
    process.kill(-npm.pid!, 'SIGKILL');
  } catch {
    // The group is gone: nothing was left behind.
  }
  removeBuild(scratch);
});

it('serves every page at its URL without the trailing slash', async () => {
  const pages = pagePaths(scratch.outDir).filter(Boolean);
  expect(pages).toContain('stories/2023-12-27-mexico-city-migration-talks/figures/');
  for (const page of pages) {
    const withSlash = await fetch(new URL(page, url));
    const without = await fetch(new URL(page.slice(0, -1), url));
    expect(without.status, `/${page.slice(0, -1)}`).toBe(200);
    expect(await without.text()).toBe(await withSlash.text());
  }
});

it('frees its port within 5 s of TERM to npm', async () => {
  expect(await portIsFree(port)).toBe(false);
  npm.kill('SIGTERM');
  expect(await exited(npm, 5_000), 'npm exited').not.toBeUndefined();
  expect(await portIsFree(port), `port ${port} after npm exited`).toBe(true);
});
