// Builds the real site once for the build-output and browser suites, at the root and under a
// sub-path (the two builds run side by side), and serves each on loopback.
import { mkdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { buildSite, removeBuild, TMP } from './site';

/** The deploy sub-path the second build uses. */
export const SUBPATH = '/parallax/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the production build under test. */
    distDir: string;
    /** URL the build is served at, ending in a slash. */
    siteUrl: string;
    /** Folder of the same site built for the sub-path {@link SUBPATH}. */
    subpathDistDir: string;
    /** URL of the sub-path build, ending in the sub-path. */
    subpathSiteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  // Fresh folders per run, so two test runs on one machine never delete each other's build.
  const builds = await Promise.all([buildSite(), buildSite({ base: SUBPATH })]);
  const failed = builds.find((build) => !build.ok);
  if (failed) throw new Error(`The site did not build:\n${failed.output}`);
  const [root, subpath] = builds as [(typeof builds)[0], (typeof builds)[0]];
  const servers = await Promise.all([serveStatic(root.outDir), serveStatic(subpath.outDir, SUBPATH)]);
  project.provide('distDir', root.outDir);
  project.provide('siteUrl', servers[0].url);
  project.provide('subpathDistDir', subpath.outDir);
  project.provide('subpathSiteUrl', servers[1].url);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    builds.forEach(removeBuild);
  };
}
