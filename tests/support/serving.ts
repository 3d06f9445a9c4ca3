// Running the site the way a developer does (`astro dev`, `npm start`) from tests: start a server
// process, learn its URL from what it prints, and check its port once it is gone.
import type { ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { stripVTControlCharacters } from 'node:util';

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const probe = createServer().once('error', failed);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => found(port));
    });
  });
}

/** True when nothing accepts connections on the loopback `port`. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      answer(false);
    });
    socket.once('error', () => answer(true));
  });
}

/**
 * The URL a dev or preview server prints once it listens (`Local    http://127.0.0.1:4321/`).
 * Rejects with everything the process printed if it exits first or `timeout` ms pass.
 */
export function serverUrl(child: ChildProcess, timeout = 120_000): Promise<string> {
  return new Promise((ready, failed) => {
    let output = '';
    const timer = setTimeout(() => failed(new Error(`No server after ${timeout} ms:\n${output}`)), timeout);
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(String(chunk));
      const url = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        ready(url.endsWith('/') ? url : `${url}/`);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      failed(new Error(`The server exited (${code}) before listening:\n${output}`));
    });
  });
}

/** Resolves with the exit code when `child` exits, or with undefined after `timeout` ms. */
export function exited(child: ChildProcess, timeout: number): Promise<number | null | undefined> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    const timer = setTimeout(() => done(undefined), timeout);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** Site paths of every page in a build, as directory URLs (`stories/x/`, `search/`, `` for home); 404.html is not a page. */
export function pagePaths(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}
