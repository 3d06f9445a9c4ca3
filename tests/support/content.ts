// Reading content files outside Astro, for evaluations, benchmarks and tests that need the source
// text: one frontmatter reader, and the real content folder joined by the site's own code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleLibrary, type Story } from '../../src/lib/content/library';
import { ROOT } from './site';

/** Splits a Markdown file into flat `key: value` frontmatter (quotes removed) and body. */
export function readMarkdown(file: string): { frontmatter: Record<string, string>; body: string } {
  const raw = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!match) return { frontmatter: {}, body: raw };
  const frontmatter: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([\w-]+):\s*(.*)$/.exec(line);
    if (field) frontmatter[field[1]!] = field[2]!.replace(/^"(.*)"$/, '$1').replace(/\\"/g, '"');
  }
  return { frontmatter, body: match[2]! };
}

/** The stories of a content folder (default: the site's own), joined and ordered as the site does. */
export function readContent(dir = join(ROOT, 'content')): Story[] {
  const md = (folder: string) => readdirSync(folder).filter((f) => /\.(md|markdown)$/.test(f));
  const stories = md(join(dir, 'stories')).map((file) => {
    const { frontmatter, body } = readMarkdown(join(dir, 'stories', file));
    return { id: file.replace(/\.\w+$/, ''), body, data: { title: frontmatter.title ?? '', date: frontmatter.date ?? '', location: frontmatter.location, summary: frontmatter.summary } };
  });
  const articles = readdirSync(join(dir, 'articles')).flatMap((story) =>
    md(join(dir, 'articles', story)).map((file) => {
      const { frontmatter: f, body } = readMarkdown(join(dir, 'articles', story, file));
      return {
        id: `${story}/${file.replace(/\.\w+$/, '')}`,
        filePath: join('content/articles', story, file),
        body,
        data: { story: { id: f.story ?? story }, outlet: f.outlet ?? '', title: f.title ?? '', published: f.published ?? '', url: f.url, byline: f.byline, dateline: f.dateline, credit: f.credit, language: f.language ?? 'en' },
      };
    }),
  );
  return assembleLibrary(stories, articles);
}
