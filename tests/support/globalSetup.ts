// Builds the real site once for the build-output and browser suites and serves it on loopback.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { buildSite, TMP } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the production build under test. */
    distDir: string;
    /** URL the build is served at, ending in a slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  const outDir = join(TMP, 'site-dist');
  rmSync(outDir, { recursive: true, force: true });
  const build = await buildSite({ outDir });
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveStatic(outDir);
  project.provide('distDir', outDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
