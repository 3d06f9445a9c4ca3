// Stage "story" (proposals, new story ids) and stage "frontmatter" (YAML as editors write it,
// checked with the site's own schema).
import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/content/errors';
import { articleData, checkArticle, checkStory, contentFile, yamlValue } from '../../../src/lib/import/frontmatter';
import { newStoryId, proposeStories, readStories } from '../../../src/lib/import/story';
import { ROOT } from '../../support/site';
import { importFixture, scratchContent } from './support';

const dir = scratchContent('import-story-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('story proposals', () => {
  const stories = readStories(join(ROOT, 'content'));
  const meeting = 'Secretary of State Antony Blinken and Alejandro Mayorkas met Andres Manuel Lopez Obrador on Wednesday, as a caravan of over 8,000 migrants moved north.\n';

  it('reads the content folder: stories with their articles', () => {
    const seed = stories.find((s) => s.id === '2023-12-27-mexico-city-migration-talks')!;
    expect(seed.date).toBe('2023-12-27');
    expect(seed.articles.map((a) => a.id)).toEqual(['fox-news', 'upi']);
    expect(seed.articles[0]!.body).toContain('Secretary of State Antony Blinken');
  });

  it('counts the people, dates and figures an article shares with a story, and an event day within 3 days', () => {
    const [best] = proposeStories({ body: meeting, published: '2023-12-27T18:00:00-06:00' }, stories);
    expect(best!.story.id).toBe('2023-12-27-mexico-city-migration-talks');
    expect(best!.people).toEqual(expect.arrayContaining(['Antony Blinken', 'Alejandro Mayorkas']));
    expect(best!.dates).toContain('2023-12-27');
    expect(best!.figures.some((f) => f.startsWith('migrants'))).toBe(true);
    expect(best!.dayDistance).toBe(0);
    expect(best!.score).toBe(best!.people.length + best!.dates.length + best!.figures.length + 1);
  });

  it('ranks by what is shared, counts a near event day alone, and leaves out stories that share nothing', () => {
    const empty = (id: string, date: string) => ({ id, title: id, date, file: `${id}.md`, articles: [] });
    const local = 'The county fair opened on Saturday with a record 412 entries in the livestock show.\n';
    const proposals = proposeStories({ body: local, published: '2023-12-29' }, [...stories, empty('near', '2023-12-31'), empty('far', '2024-01-05')]);
    expect(proposals.map((p) => [p.story.id, p.score])).toEqual([
      ['2023-12-27-mexico-city-migration-talks', 1],
      ['near', 1],
    ]);
    expect(proposals[0]!.dayDistance).toBe(2);
  });

  it('names a new story by the published day in its own offset and the title’s slug', () => {
    expect(newStoryId('Pike Ridge Fire: Ashford Falls evacuated!', '2025-08-19T21:42:00-07:00')).toBe('2025-08-19-pike-ridge-fire-ashford-falls-evacuated');
    expect(newStoryId('Tormenta en Almendral', '2025-09-22')).toBe('2025-09-22-tormenta-en-almendral');
    expect(() => newStoryId('No day', 'yesterday')).toThrow('does not start with a day');
  });

  it('reads quoted frontmatter values as text', () => {
    writeFileSync(join(dir, 'stories', 's.md'), '---\ntitle: "A \\"quoted\\" title: yes"\ndate: 2024-01-02\n---\n');
    mkdirSync(join(dir, 'articles', 's'));
    writeFileSync(join(dir, 'articles', 's', 'Daily-Planet.md'), "---\nstory: s\noutlet: 'Planet''s'\ntitle: t\npublished: 2024-01-02\n---\n\nBody.\n");
    expect(readStories(dir)).toEqual([
      { id: 's', title: 'A "quoted" title: yes', date: '2024-01-02', file: join(dir, 'stories', 's.md'), articles: [{ id: 'daily-planet', outlet: "Planet's", published: '2024-01-02', body: '\nBody.\n', file: join(dir, 'articles', 's', 'Daily-Planet.md') }] },
    ]);
  });
});

describe('frontmatter', () => {
  it.each([
    ['title', 'Ferry terminal on Carrow Point to close', 'Ferry terminal on Carrow Point to close'],
    ['title', 'Storm Bracken live: flights grounded', '"Storm Bracken live: flights grounded"'],
    ['title', '£46 million to protect 12,000 coastal homes', '£46 million to protect 12,000 coastal homes'],
    ['title', '“Quoted” headline', '“Quoted” headline'],
    ['title', '"Quoted" headline', '"\\"Quoted\\" headline"'],
    ['title', "'Single' headline", '"\'Single\' headline"'],
    ['title', '- dash first', '"- dash first"'],
    ['title', 'Yes', '"Yes"'],
    ['title', '1984', '"1984"'],
    ['title', '3.5', '"3.5"'],
    ['title', 'null', '"null"'],
    ['title', '2025-06-04', '"2025-06-04"'],
    ['title', 'Tag #1 is here', '"Tag #1 is here"'],
    ['title', '#hashtag', '"#hashtag"'],
    ['title', 'Ends in a colon:', '"Ends in a colon:"'],
    ['title', 'Ends in a space\u00a0', '"Ends in a space\u00a0"'],
    ['published', '2025-06-04T19:10:00-04:00', '2025-06-04T19:10:00-04:00'],
    ['dateline', 'MARROWICK, Scotland', 'MARROWICK, Scotland'],
    ['credit', 'Fox News’ Griff Jenkins and The Associated Press contributed to this report.', 'Fox News’ Griff Jenkins and The Associated Press contributed to this report.'],
  ])('%s: %s → %s', (key, value, written) => expect(yamlValue(key, value)).toBe(written));

  it('orders fields as the schema does and leaves out the default language', () => {
    const { fields } = importFixture('wire-syndicated');
    expect(Object.keys(articleData('s', fields))).toEqual(['story', 'outlet', 'title', 'published', 'url', 'byline', 'dateline', 'credit']);
    expect(articleData('s', { language: { value: 'en' } })).toEqual({ story: 's' });
    expect(articleData('s', { language: { value: 'en-GB' } })).toEqual({ story: 's', language: 'en-GB' });
  });

  it('every imported fixture passes the content schema (gov-release once it has an outlet)', () => {
    for (const name of ['wordpress', 'arc-nextjs', 'wire-syndicated', 'live-blog', 'meta-only', 'gov-release']) {
      const { fields, body } = importFixture(name);
      const data = articleData('test-story', name === 'gov-release' ? { ...fields, outlet: { value: 'Department for Coastal Resilience' } } : fields);
      expect(() => checkArticle(data, `${name}.md`, contentFile(data, body)), name).not.toThrow();
    }
  });

  it('a field the schema refuses is reported with the file and the field', () => {
    const data = { story: 's', outlet: 'O', title: 'T', published: 'last Tuesday' };
    let error: unknown;
    try {
      checkArticle(data, 'content/articles/s/o.md', contentFile(data, 'Body.\n'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentErrors);
    expect((error as ContentErrors).message).toMatch(/^content\/articles\/s\/o\.md: field "published": "last Tuesday" is not an ISO date or date-time/);
    expect(() => checkStory({ title: 'T', date: '2025-02-30' }, 'content/stories/x.md', '')).toThrow('field "date": "2025-02-30" is not a day of the calendar');
  });

  it('writes a content file: frontmatter, a blank line, the body', () => {
    expect(contentFile({ story: 's', title: 'A: B' }, 'Text.\n')).toBe('---\nstory: s\ntitle: "A: B"\n---\n\nText.\n');
    expect(contentFile({ title: 'T', date: '2025-01-02' })).toBe('---\ntitle: T\ndate: 2025-01-02\n---\n');
  });
});
