// Helpers for the importer's tests: fixture pages, pages built around content files, a scratch
// content folder, and a command environment that records what the command prints.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import type { ImportEnvironment } from '../../../src/cli/import';
import { importPage } from '../../../src/lib/import/pipeline';
import { readMarkdown } from '../../support/content';
import { ROOT, TMP } from '../../support/site';

/** The folder of a fixture case. */
export const fixtureDir = (name: string) => join(ROOT, 'tests/fixtures/import', name);
/** A fixture's page path, as an editor would type it from the project folder. */
export const fixturePage = (name: string) => join('tests/fixtures/import', name, 'page.html');

/** Imports a fixture's page as the command does, from the file. */
export function importFixture(name: string) {
  const source = fixturePage(name);
  const html = readFileSync(join(ROOT, source), 'utf8');
  return importPage({ html, source, bytes: Buffer.byteLength(html) });
}

/** A fresh, empty content folder (`stories/`, `articles/`) under tests/.tmp. */
export function scratchContent(prefix = 'import-'): string {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, prefix));
  mkdirSync(join(dir, 'stories'));
  mkdirSync(join(dir, 'articles'));
  return dir;
}

/** A command environment writing to `contentDir` that records every line printed. */
export function recordingEnvironment(contentDir: string, overrides: Partial<ImportEnvironment> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const env: ImportEnvironment = {
    contentDir,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    interactive: false,
    ...overrides,
  };
  return { env, out, err, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

/** A Markdown body as HTML paragraphs (what a CMS would have stored). */
export function bodyHtml(markdown: string): string {
  const processor = remark().use(remarkRehype);
  return toHtml(processor.runSync(processor.parse(markdown)));
}

/** A committed content file: its flat frontmatter and its body. */
export const contentOf = (file: string) => readMarkdown(file);

/** A page server on 127.0.0.1 for fetch tests: `routes` by path; a route of `'never'` accepts the request and never answers. */
export async function servePages(routes: Record<string, { type?: string; status?: number; body?: string | Buffer } | 'never'>) {
  const { createServer } = await import('node:http');
  const hanging = new Set<import('node:http').ServerResponse>();
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (route === 'never') {
      hanging.add(response);
      return;
    }
    if (!route) {
      response.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Not found</title><p>Not found</p>');
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8' });
    response.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
