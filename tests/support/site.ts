// Building the site (or a fixture site) from tests and benchmarks, each build in its own child
// process with its own content folder, cache and output, so builds never see each other's state.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** Scratch space for test builds (git-ignored). */
export const TMP = join(ROOT, 'tests/.tmp');

/** Options for {@link buildSite}. */
export interface BuildOptions {
  /** Folder with `stories/` and `articles/`; default the real `content/`. */
  contentDir?: string;
  /** Output folder; default a fresh temporary one. */
  outDir?: string;
  /** Deploy sub-path, e.g. `/parallax/`. */
  base?: string;
}

/** Result of a build: where it went, whether it worked, and everything it printed. */
export interface BuildResult {
  outDir: string;
  ok: boolean;
  output: string;
}

/**
 * The environment for a child Astro process writing into `outDir` (and `<outDir>-cache`). Vitest
 * puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) into process.env; a child must not
 * inherit them or it builds for the wrong base and mode.
 */
export function childEnv(outDir: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(key));
  return {
    ...Object.fromEntries(inherited),
    PARALLAX_OUT_DIR: outDir,
    PARALLAX_CACHE_DIR: `${outDir}-cache`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** Runs `astro build` in a child process and collects its output; never throws on a failed build. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? mkdtempSync(join(TMP, 'dist-'));
  const env = childEnv(outDir);
  if (options.contentDir) env.PARALLAX_CONTENT_DIR = options.contentDir;
  if (options.base) env.BASE_PATH = options.base;
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ outDir, ok: code === 0, output: stripVTControlCharacters(output) }));
  });
}

/** Deletes a build's output and cache, so repeated test runs do not fill the disk. */
export function removeBuild({ outDir }: Pick<BuildResult, 'outDir'>): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
}
