// Checks every internal link of a built site the way a visitor would follow it: the page must
// exist under the deploy base and any #fragment must name an element on that page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { $$, readPage } from './html';

/** A link that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const pagesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** Every broken internal link (href or src) on every page of the build in `distDir`, deployed under `base`. */
export function findBrokenLinks(distDir: string, base: string): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set($$(readPage(distDir, file), '[id]').map((e) => String(e.properties.id))));
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of pagesIn(distDir)) {
    const pageUrl = new URL(`http://site${base}${page.replace(/(^|\/)index\.html$/, '$1')}`);
    for (const element of $$(readPage(distDir, page), 'a[href], link[href], script[src], img[src], form[action]')) {
      const raw = String(element.properties.href ?? element.properties.src ?? element.properties.action);
      const target = new URL(raw, pageUrl);
      if (target.origin !== 'http://site') continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page, href: raw, reason: `outside the base ${base}` });
        continue;
      }
      const path = decodeURIComponent(target.pathname.slice(base.length));
      const file = [path, join(path, 'index.html')].find((f) => f && existsSync(join(distDir, f)) && !f.endsWith('/'));
      if (!file || (!file.endsWith('.html') && !existsSync(join(distDir, file)))) {
        broken.push({ page, href: raw, reason: 'no such page or file' });
      } else if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push({ page, href: raw, reason: `no element with id ${target.hash}` });
      }
    }
  }
  return broken;
}
