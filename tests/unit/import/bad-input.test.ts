// Bad input: every refusal has a clear message naming the file or URL (and the field, where there is
// one), nothing is written, and the command exits with a non-zero code. URLs are fetched from a
// server on 127.0.0.1 only; the 20-second timeout is tested with a server that never answers and a
// short timeout injected, by its message, never by measuring time.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/import';
import { contentPath } from '../../../src/lib/content/errors';
import { ImportError } from '../../../src/lib/import/errors';
import { FETCH_TIMEOUT_MS, MAX_PAGE_BYTES, readPage } from '../../../src/lib/import/fetch';
import { importPage } from '../../../src/lib/import/pipeline';
import { fixtureDir, fixturePage, recordingEnvironment, scratchContent, servePages } from './support';

const content = scratchContent('import-bad-');
const scratch = join(content, 'pages');
mkdirSync(scratch);
writeFileSync(join(content, 'stories', 'test-story.md'), '---\ntitle: Test story\ndate: 2025-06-04\n---\n');
const wordpress = readFileSync(join(fixtureDir('wordpress'), 'page.html'), 'utf8');
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  server = await servePages({
    '/article': { body: wordpress },
    '/listing': { body: readFileSync(join(fixtureDir('no-article'), 'page.html')) },
    '/report.pdf': { type: 'application/pdf', body: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj') },
    '/gone': { status: 500, body: 'Internal error' },
    '/never': 'never',
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(content, { recursive: true, force: true });
});

/** What readPage (or the import) throws. */
async function refusal(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected a refusal');
}

/** Nothing but the story file in the content folder. */
const nothingWritten = () => expect(readdirSync(join(content, 'articles'))).toEqual([]);

/** Runs the command and checks that it failed, wrote nothing, and said why on stderr. */
async function commandFails(args: string[], message: string, read?: { timeoutMs?: number; maxBytes?: number }) {
  const run = recordingEnvironment(content, read ? { read } : {});
  const code = await main([...args, '--story', 'test-story'], run.env);
  expect(code).toBe(1);
  expect(run.stderr()).toContain(message);
  expect(run.stderr()).toContain('Nothing was written.');
  nothingWritten();
  return run;
}

describe('limits', () => {
  it('are 10 MB and 20 s', () => {
    expect(MAX_PAGE_BYTES).toBe(10 * 1024 * 1024);
    expect(FETCH_TIMEOUT_MS).toBe(20_000);
  });
});

describe('saved pages that cannot be imported', () => {
  it('a page with no article body (a section front)', async () => {
    await commandFails([fixturePage('no-article')], 'error: tests/fixtures/import/no-article/page.html: no article body found');
  });

  it('a page with hardly any text', async () => {
    const page = join(scratch, 'empty.html');
    writeFileSync(page, '<!doctype html><html><head><title>Hello</title></head><body><p>Coming soon.</p></body></html>');
    expect((await refusal(async () => importPage(await readPage(page)))).problem).toBe('no article body found');
  });

  it('a page that states neither headline nor date: every missing field, with the file', async () => {
    const page = join(scratch, 'bare.html');
    const text = 'The harbour board met on Tuesday evening to hear the engineers explain why the old pier has to close. ';
    writeFileSync(page, `<!doctype html><html><body><div><p>${text}</p><p>${text}</p><p>${text}</p></div></body></html>`);
    const run = await commandFails([page, '--outlet', 'Harbour News'], `error: ${contentPath(page)}: field "title": missing: add the headline as the outlet printed it`);
    expect(run.stderr()).toContain(`error: ${contentPath(page)}: field "published": missing: add when the outlet published it`);
    expect(run.stderr()).toContain('the page states no publication date');
  });

  it('a file that is not HTML: binary data', async () => {
    const page = join(scratch, 'photo.html');
    writeFileSync(page, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await commandFails([page], `${contentPath(page)}: is not an HTML page: it holds binary data`);
  });

  it('a file that is not HTML: plain text', async () => {
    const page = join(scratch, 'notes.txt');
    writeFileSync(page, 'Call the council press office about the ferry story.\n');
    expect((await refusal(() => readPage(page))).problem).toBe('is not an HTML page: no HTML tags found (save the page as "Web page, HTML only")');
  });

  it('a file that does not exist', async () => {
    await commandFails([join(scratch, 'missing.html')], `${contentPath(join(scratch, 'missing.html'))}: cannot be read: there is no such file`);
  });

  it('a folder instead of a file', async () => {
    expect((await refusal(() => readPage(scratch))).problem).toBe('cannot be read: it is a folder, not a saved page');
  });

  // Root reads any file, so this one only runs for other users.
  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const page = join(scratch, 'locked.html');
    writeFileSync(page, wordpress, { mode: 0o000 });
    expect((await refusal(() => readPage(page))).problem).toBe('cannot be read: permission denied');
  });

  it('a file over 10 MB, refused by its size before it is read or parsed', async () => {
    const page = join(scratch, 'huge.html');
    writeFileSync(page, '');
    truncateSync(page, MAX_PAGE_BYTES + 1024 * 1024); // sparse: all zero bytes, so reading it would fail differently
    const error = await refusal(() => readPage(page));
    expect(error.problem).toBe("is 11 MB; pages over 10 MB are refused (save only the article's page, without its images and scripts)");
    expect(error.stage).toBe('read');
  });
});

describe('URLs that cannot be imported (a server on 127.0.0.1)', () => {
  it('a page is fetched and imported', async () => {
    const page = await readPage(server.url('/article'));
    expect(page.url).toBe(server.url('/article'));
    expect(page.html).toBe(wordpress);
    const run = recordingEnvironment(content);
    expect(await main([server.url('/article'), '--story', 'test-story', '--dry-run'], run.env), run.stderr()).toBe(0);
    expect(run.stdout()).toContain(`Read ${server.url('/article')} (17 KB)`);
    expect(run.stdout()).toContain(readFileSync(join(fixtureDir('wordpress'), 'expected.md'), 'utf8'));
  });

  it('a server that never answers: the fetch times out with a message', async () => {
    const url = server.url('/never');
    const run = await commandFails([url], `error: ${url}: no complete answer within 0.2 s: the fetch timed out`, { timeoutMs: 200 });
    expect(run.stderr()).toContain('save the page from a browser and import the file');
  });

  it('an error status', async () => {
    await commandFails([server.url('/gone')], `${server.url('/gone')}: could not be fetched: the server answered 500 Internal Server Error`);
    expect((await refusal(() => readPage(server.url('/nothing-here')))).problem).toBe('could not be fetched: the server answered 404 Not Found');
  });

  it('a server that refuses the connection', async () => {
    const closed = await servePages({});
    const url = closed.url('/article');
    await closed.close();
    expect((await refusal(() => readPage(url))).problem).toBe('could not be fetched: the connection was refused (ECONNREFUSED)');
  });

  it('content that is not HTML', async () => {
    expect((await refusal(() => readPage(server.url('/report.pdf')))).problem).toBe('is not an HTML page: the server sent application/pdf');
  });

  it('a download that grows past the limit', async () => {
    expect((await refusal(() => readPage(server.url('/article'), { maxBytes: 4096 }))).problem).toMatch(/^is (over )?\d+ KB; pages over 4 KB are refused/);
  });

  it('a listing page fetched from a URL', async () => {
    await commandFails([server.url('/listing')], `${server.url('/listing')}: no article body found`);
  });

  it('addresses that are not http(s)', async () => {
    expect((await refusal(() => readPage('ftp://127.0.0.1/page.html'))).problem).toBe('only http:// and https:// addresses can be fetched, not ftp://');
  });
});

describe('a file that already exists', () => {
  it('is refused without --force, and replaced with it', async () => {
    const target = join(content, 'articles', 'test-story', 'the-tidewater-courier.md');
    mkdirSync(join(content, 'articles', 'test-story'));
    writeFileSync(target, 'an editor’s work in progress\n');
    try {
      const refused = recordingEnvironment(content);
      expect(await main([fixturePage('wordpress'), '--story', 'test-story'], refused.env)).toBe(1);
      expect(refused.stderr()).toContain(`error: ${contentPath(target)}: field "id": the article file already exists`);
      expect(refused.stderr()).toContain('run again with --force to replace it, or choose another id with --id');
      expect(readFileSync(target, 'utf8')).toBe('an editor’s work in progress\n');

      const forced = recordingEnvironment(content);
      expect(await main([fixturePage('wordpress'), '--story', 'test-story', '--force'], forced.env), forced.stderr()).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(fixtureDir('wordpress'), 'expected.md'), 'utf8'));
    } finally {
      rmSync(join(content, 'articles', 'test-story'), { recursive: true, force: true });
    }
    expect(existsSync(target)).toBe(false);
  });
});
