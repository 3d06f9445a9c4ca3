// Builds the real site once for the build-output and browser suites and serves it on loopback.
import { mkdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { buildSite, removeBuild, TMP } from './site';

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
  // A fresh folder per run, so two test runs on one machine never delete each other's build.
  const build = await buildSite();
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  project.provide('distDir', build.outDir);
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
    removeBuild(build);
  };
}
