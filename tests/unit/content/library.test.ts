import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/content/articleLoader';
import { ContentError } from '../../../src/lib/content/errors';
import { assembleLibrary, type ArticleEntry, type StoryEntry } from '../../../src/lib/content/library';
import { joinBase } from '../../../src/lib/paths';

const story = (id: string, date: string): StoryEntry => ({ id, filePath: `content/stories/${id}.md`, body: '', data: { title: id, date } });
const article = (id: string, storyId: string, published: string, outlet = id): ArticleEntry => ({
  id: `${storyId}/${id}`,
  filePath: `content/articles/${storyId}/${id}.md`,
  body: 'Text.',
  data: { story: { id: storyId }, outlet, title: id, published, language: 'en' },
});

describe('assembleLibrary', () => {
  it('orders stories newest first and their reports by publication time', () => {
    const library = assembleLibrary(
      [story('old', '2023-01-01'), story('new', '2024-01-01')],
      [article('late', 'new', '2024-01-02T10:00'), article('early', 'new', '2024-01-01'), article('only', 'old', '2023-01-01')],
    );
    expect(library.map((s) => s.id)).toEqual(['new', 'old']);
    expect(library[0]!.articles.map((a) => [a.id, a.story])).toEqual([['early', 'new'], ['late', 'new']]);
  });

  it('refuses an article whose story does not exist, naming the file and the field', () => {
    expect(() => assembleLibrary([story('s', '2024-01-01')], [article('a', 'nope', '2024-01-01')])).toThrow(
      new ContentError('content/articles/nope/a.md', 'story', 'no story "nope" exists (known stories: "s")'),
    );
  });
});

describe('slugify', () => {
  it.each([
    ['Fox News', 'fox-news'],
    ['Él País', 'el-pais'],
    ['  --UPI--  ', 'upi'],
    ['ABC_7 Chicago', 'abc-7-chicago'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('joinBase', () => {
  it.each([
    ['/', 'stories/x/', '/stories/x/'],
    ['/parallax/', '/stories/x/', '/parallax/stories/x/'],
    ['/parallax', 'search/', '/parallax/search/'],
    ['/', '', '/'],
  ])('%s + %s', (base, path, expected) => expect(joinBase(base, path)).toBe(expected));
});
