// Stage "read": a saved page from disk or a page fetched over HTTP(S), as text, with the limits that
// keep a bad input from hanging or exhausting the command: pages over 10 MB are refused before they
// are parsed (a file by its size on disk, a download as soon as it grows past the limit), and a
// fetch that gets no complete answer within 20 s is abandoned.
import { readFile, stat } from 'node:fs/promises';
import { ImportError } from './errors';

/** Largest page accepted, in bytes (10 MB). */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** How long a fetch may take, headers and body together, in milliseconds. */
export const FETCH_TIMEOUT_MS = 20_000;

/** Options for {@link readPage}. */
export interface ReadPageOptions {
  /** Largest page accepted, in bytes; default {@link MAX_PAGE_BYTES}. */
  maxBytes?: number;
  /** Fetch time limit in milliseconds; default {@link FETCH_TIMEOUT_MS}. Tests pass a short one. */
  timeoutMs?: number;
}

/** A page ready to parse. */
export interface Page {
  /** The HTML, decoded. */
  html: string;
  /** The file or URL as given, for messages. */
  source: string;
  /** The address it was fetched from (after redirects), when it came from the web. */
  url?: string;
  /** Its size in bytes. */
  bytes: number;
}

/** True when `input` is a web address rather than a file path. */
export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** Reads a saved page (a path) or fetches one (an http or https URL). Throws {@link ImportError}. */
export function readPage(input: string, options: ReadPageOptions = {}): Promise<Page> {
  return isUrl(input) ? fetchPage(input, options) : readPageFile(input, options);
}

const fail = (source: string, problem: string, cause?: unknown) => new ImportError(source, problem, { stage: 'read', cause });

/** "10 MB", "12.4 MB", "512 KB": a size as an editor reads it. */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function tooBig(source: string, bytes: number | undefined, max: number): ImportError {
  const what = bytes === undefined ? `is over ${size(max)}` : `is ${size(bytes)}`;
  return fail(source, `${what}; pages over ${size(max)} are refused (save only the article's page, without its images and scripts)`);
}

/** Reads a saved page, refusing a missing, unreadable, oversized or non-HTML file before parsing it. */
export async function readPageFile(path: string, options: ReadPageOptions = {}): Promise<Page> {
  const max = options.maxBytes ?? MAX_PAGE_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw fail(path, 'cannot be read: it is a folder, not a saved page');
    if (info.size > max) throw tooBig(path, info.size, max);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw fail(path, `cannot be read: ${systemReason(error)}`, error);
  }
  // The file may have grown between stat and read.
  if (bytes.length > max) throw tooBig(path, bytes.length, max);
  return { html: decodeHtml(path, bytes), source: path, bytes: bytes.length };
}

/** Why the operating system refused a file, in words. */
function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a saved page';
  return (error as Error).message;
}

/** Fetches a page, refusing other schemes, error answers, non-HTML content, oversized bodies and slow servers. */
export async function fetchPage(address: string, options: ReadPageOptions = {}): Promise<Page> {
  const max = options.maxBytes ?? MAX_PAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let url: URL;
  try {
    url = new URL(address);
  } catch (error) {
    throw fail(address, 'is not a valid web address', error);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail(address, `only http:// and https:// addresses can be fetched, not ${url.protocol}//`);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeout = () => fail(address, `no complete answer within ${Number((timeoutMs / 1000).toFixed(1))} s: the fetch timed out; try again, or save the page from a browser and import the file`);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
    } catch (error) {
      if (timedOut) throw timeout();
      throw fail(address, `could not be fetched: ${networkReason(error)}`, error);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(address, `could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const type = response.headers.get('content-type') ?? '';
    const mime = type.split(';')[0]!.trim().toLowerCase();
    if (mime && !/^(text\/html|application\/xhtml\+xml|text\/plain)$/.test(mime)) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(address, `is not an HTML page: the server sent ${mime}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > max) {
      await response.body?.cancel().catch(() => undefined);
      throw tooBig(address, declared, max);
    }
    let bytes: Buffer;
    try {
      bytes = await readLimited(response, max, () => tooBig(address, undefined, max));
    } catch (error) {
      if (error instanceof ImportError) throw error;
      if (timedOut) throw timeout();
      throw fail(address, `could not be fetched: ${networkReason(error)}`, error);
    }
    return { html: decodeHtml(address, bytes, charsetOf(type)), source: address, url: response.url || url.href, bytes: bytes.length };
  } finally {
    clearTimeout(timer);
  }
}

/** The body of a response, stopping (and cancelling the download) as soon as it passes `max` bytes. */
async function readLimited(response: Response, max: number, tooLarge: () => ImportError): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Why a request failed, from Node's fetch error and its cause ("ECONNREFUSED: connection refused"). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: NodeJS.ErrnoException }).cause;
  const code = cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'no such host',
    ECONNRESET: 'the connection was reset',
    EAI_AGAIN: 'the host name could not be looked up',
    UND_ERR_SOCKET: 'the connection was closed',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return cause?.message ?? (error as Error).message;
}

/** The charset parameter of a Content-Type header, if any. */
function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
}

/**
 * Decodes a page's bytes as the browser would in the common cases: a byte-order mark, then the
 * charset the server declared, then a `<meta charset>` in the first 1024 bytes, else UTF-8. Refuses
 * binary data and text with no HTML in it.
 */
export function decodeHtml(source: string, bytes: Uint8Array, declared?: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0) && !(head[0] === 0xff && head[1] === 0xfe) && !(head[0] === 0xfe && head[1] === 0xff)) {
    throw fail(source, 'is not an HTML page: it holds binary data (an image, a PDF or an archive?)');
  }
  const label = bomCharset(bytes) ?? declared ?? metaCharset(bytes) ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(label).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
  if (!/<(!doctype\s+html|html|head|body|main|article|p|div|h1)[\s>/]/i.test(text.slice(0, 1_000_000))) {
    throw fail(source, 'is not an HTML page: no HTML tags found (save the page as "Web page, HTML only")');
  }
  return text;
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}
