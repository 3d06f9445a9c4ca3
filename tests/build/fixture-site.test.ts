// A small site with the awkward cases: unsafe HTML in an article, a lone report, a story of four
// reports and a right-to-left article. It must build, lose no text and let no script through.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { readMarkdown } from '../support/content';
import { $, $$, readPage, textOf } from '../support/html';
import { buildSite, removeBuild, ROOT, type BuildResult } from '../support/site';

const CONTENT = join(ROOT, 'tests/fixtures/sites/varied/content');
let build: BuildResult;
const page = (path: string) => readPage(build.outDir, path);

beforeAll(async () => {
  build = await buildSite({ contentDir: CONTENT });
  if (!build.ok) throw new Error(build.output);
});
afterAll(() => build && removeBuild(build));

describe('unsafe HTML inside Markdown', () => {
  it('never reaches the page, while harmless inline markup survives', () => {
    for (const path of ['stories/lone-report/', 'stories/lone-report/coast-courier/']) {
      const body = $(page(path), '.article-body')!;
      expect($$(body, 'script, iframe, [onerror]')).toEqual([]);
      expect($$(body, 'a').filter((a) => String(a.properties.href ?? '').startsWith('javascript:'))).toEqual([]);
      expect(textOf($(body, 'b')!)).toBe('Harbour Bridge');
      expect(textOf($(body, 'em')!)).toBe('at least six weeks');
    }
  });
});

describe('stories of any size', () => {
  it('shows a lone report with a plain note that nothing else is in yet', () => {
    const tree = page('stories/lone-report/');
    expect($$(tree, '.article-column')).toHaveLength(1);
    expect(textOf(tree)).toContain('there is no other report to compare it with yet');
  });

  it('pre-renders every pair of a four-report story, each with its two columns', () => {
    const outlets = readdirSync(join(CONTENT, 'articles/four-reports')).map((f) => f.replace('.md', '')).sort();
    const pairs = outlets.flatMap((a, i) => outlets.slice(i + 1).map((b) => [a, b]));
    expect(pairs).toHaveLength(6);
    const picker = $$(page('stories/four-reports/'), '.pair-picker a').map((a) => String(a.properties.href));
    const linked = picker.map((href) => {
      const shown = $$(readPage(build.outDir, href.replace(/^\//, '')), '.article-column').map((c) => String(c.properties.dataArticle));
      expect(href).toBe(`/stories/four-reports/compare/${shown.join('/')}/`);
      return [...shown].sort();
    });
    expect(linked.sort()).toEqual(pairs);
  });

  it('marks a right-to-left article with its language and direction', () => {
    const column = $(page('stories/rtl-story/amman-daily/'), '.article-column')!;
    expect(column.properties.lang).toBe('ar');
    expect(column.properties.dir).toBe('rtl');
  });
});

describe('no text is lost', () => {
  const articles = readdirSync(join(CONTENT, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  for (const file of articles) {
    it(file, () => {
      const [story, name] = file.replace('.md', '').split('/') as [string, string];
      const markdown = readMarkdown(join(CONTENT, 'articles', file)).body;
      const expected = parseArticle(markdown, (block) => `${name}-${block}`).paragraphs.map((p) => p.text.replace(/\s+/g, ' ').trim());
      const shown = $$(page(`stories/${story}/${name}/`), `[data-paragraph][id^="${name}-"]`).map(textOf);
      expect(shown).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    });
  }
});
