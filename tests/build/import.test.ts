// From saved pages to a built site: `npm run import` writes a story and its article into an empty
// content folder, the written files pass the content schema, and the site builds from them (one
// build) with every imported paragraph on the article's page, word for word.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type ImportEnvironment } from '../../src/cli/import';
import { parseFrontmatter } from '../../src/lib/content/check';
import { articleFrontmatter, storyFrontmatter } from '../../src/lib/content/schema';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { readMarkdown } from '../support/content';
import { $, $$, readPage, textOf } from '../support/html';
import { buildSite, removeBuild, ROOT, type BuildResult } from '../support/site';
import { scratchContent } from '../unit/import/support';

const content = scratchContent('import-site-');
const imports = [
  { page: 'wordpress', story: '2025-06-04-carrow-point-ferry-terminal-closes', title: 'Carrow Point ferry terminal closes', article: 'the-tidewater-courier' },
  { page: 'live-blog', story: '2025-11-03-storm-bracken', title: 'Storm Bracken', article: 'ravensholt-evening-post' },
];
let build: BuildResult;

beforeAll(async () => {
  for (const { page, title } of imports) {
    const lines: string[] = [];
    const env: ImportEnvironment = { contentDir: content, out: (l) => lines.push(l), err: (l) => lines.push(l), interactive: false };
    const code = await main([join(ROOT, 'tests/fixtures/import', page, 'page.html'), '--new-story', title], env);
    if (code !== 0) throw new Error(lines.join('\n'));
  }
  build = await buildSite({ contentDir: content });
});
afterAll(() => {
  if (build) removeBuild(build);
  rmSync(content, { recursive: true, force: true });
});

describe('imported pages build into a site', () => {
  it('writes exactly the story and article files', () => {
    expect(readdirSync(join(content, 'stories')).sort()).toEqual(imports.map((i) => `${i.story}.md`).sort());
    for (const { story, article } of imports) expect(readdirSync(join(content, 'articles', story))).toEqual([`${article}.md`]);
  });

  it('the written files pass the content schema', () => {
    for (const { story, article } of imports) {
      const storyFile = join(content, 'stories', `${story}.md`);
      expect(() => parseFrontmatter(storyFrontmatter, readMarkdown(storyFile).frontmatter, storyFile, () => readFileSync(storyFile, 'utf8'))).not.toThrow();
      const articleFile = join(content, 'articles', story, `${article}.md`);
      expect(() => parseFrontmatter(articleFrontmatter, readMarkdown(articleFile).frontmatter, articleFile, () => readFileSync(articleFile, 'utf8'))).not.toThrow();
    }
  });

  it('the site builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  for (const { story, article } of imports) {
    it(`${story}: every imported paragraph is on the article's page, and no script or iframe`, () => {
      const markdown = readMarkdown(join(content, 'articles', story, `${article}.md`)).body;
      const expected = parseArticle(markdown, (block) => `${article}-${block}`).paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
      const page = readPage(build.outDir, `stories/${story}/${article}/`);
      const shown = $$(page, `[data-paragraph][id^="${article}-"]`).map(textOf);
      expect(shown).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);
      expect($$($(page, '.article-body')!, 'script, iframe, [onclick]')).toEqual([]);
    });
  }

  it('the story page lists the outlet', () => {
    expect(textOf(readPage(build.outDir, `stories/${imports[0]!.story}/`))).toContain('The Tidewater Courier');
  });
});
