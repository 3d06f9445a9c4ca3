// Lighthouse 12 over the served build, driving Debian's Chromium through chrome-launcher. The site
// is put behind gzip, as any static host serves it, so the network Lighthouse simulates carries
// what a reader's browser would actually receive.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { StaticServer } from '../support/server';

/** The presets the gate runs. */
export type Preset = 'mobile' | 'desktop';

/** One Lighthouse run: category scores 0–100 by id (performance, accessibility, best-practices, seo), and what cost points. */
export interface RunResult {
  scores: Record<string, number>;
  /** Per category, each scored audit that did not pass, as `id (value)`. */
  failing: Record<string, string[]>;
  /** Cumulative layout shift, as measured. */
  cls: number;
  /** What moved, largest shift first: each shifted element's selector and its share of the score. */
  shifts: string[];
}

/**
 * Serves `upstream` again with each HTML page sent in pieces of `chunk` bytes, `delay` ms apart,
 * as a slow or busy network delivers it. Chromium then paints the page while it is still arriving,
 * so anything laid out by what comes later (a grid whose columns depend on how many items it
 * holds, a scroll bar appearing) moves in front of the reader, and Lighthouse sees it.
 */
export async function serveInPieces(upstream: string, { chunk = 2048, delay = 60 } = {}): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const answer = await fetch(new URL(request.url ?? '/', upstream));
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    const body = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, { 'content-type': type });
    if (!type.includes('html')) return void response.end(body);
    for (let at = 0; at < body.length; at += chunk) {
      response.write(body.subarray(at, at + chunk));
      await new Promise((wait) => setTimeout(wait, delay));
    }
    response.end();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const { pathname } = new URL(upstream);
  return { url: `http://127.0.0.1:${port}${pathname}`, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** Serves `upstream` (a served build, origin plus base) again, gzip-compressing text responses. */
export async function serveCompressed(upstream: string): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const answer = await fetch(new URL(request.url ?? '/', upstream));
    const type = answer.headers.get('content-type') ?? 'application/octet-stream';
    const body = Buffer.from(await answer.arrayBuffer());
    const compress = /^(text\/|application\/(json|xml|javascript))|svg/.test(type);
    response.writeHead(answer.status, { 'content-type': type, ...(compress && { 'content-encoding': 'gzip' }) });
    response.end(compress ? gzipSync(body) : body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const { pathname } = new URL(upstream);
  return { url: `http://127.0.0.1:${port}${pathname}`, close: () => new Promise((closed) => server.close(() => closed())) };
}

// The pages are static and quiet once loaded, so Lighthouse's default waits for late network and
// CPU activity (a second or more each) only cost time; these still wait past every request.
const settings = {
  disableFullPageScreenshot: true,
  skipAboutBlank: true,
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};
const CONFIGS = {
  mobile: { extends: 'lighthouse:default', settings },
  desktop: { ...desktopConfig, settings: { ...desktopConfig.settings, ...settings } },
};

/** A running Chromium that Lighthouse can drive, and a function that audits one URL; empties `reportsDir` for this run's reports. */
export async function startLighthouse(reportsDir: string) {
  rmSync(reportsDir, { recursive: true, force: true });
  mkdirSync(reportsDir, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    /**
     * Audits `url` with a preset; `performanceOnly` skips the other categories (for repeat runs).
     * Saves the HTML report as `<name>.html` in the reports folder.
     */
    async audit(url: string, preset: Preset, name: string, performanceOnly = false): Promise<RunResult> {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'html', logLevel: 'error', ...(performanceOnly && { onlyCategories: ['performance'] }) },
        CONFIGS[preset],
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
      writeFileSync(join(reportsDir, `${name}.html`), String(result.report));
      const { categories, audits } = result.lhr;
      const failed = (id: string) => {
        const audit = audits[id]!;
        return audit.score !== null && audit.score < 1 ? [`${id} (${audit.displayValue ?? audit.score})`] : [];
      };
      const shiftItems = ((audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined)?.items ?? [])
        .map((item) => `${item.node?.selector ?? '(unattributed)'} ${(item.score ?? 0).toFixed(4)}`);
      return {
        scores: Object.fromEntries(Object.values(categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)])),
        failing: Object.fromEntries(Object.values(categories).map((c) => [c.id, c.auditRefs.filter((r) => r.weight > 0).flatMap((r) => failed(r.id))])),
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        shifts: shiftItems,
      };
    },
    close: () => chrome.kill(),
  };
}
