// A small hand-made library for the search tests: two stories, three outlets, and hand-made facts
// standing in for the extractor's.
import { analyzeArticle, type AnalyzedStory } from '../../../src/lib/analyze';
import type { Article } from '../../../src/lib/content/library';
import type { ArticleFacts, PersonFact } from '../../../src/lib/extract/types';
import { buildSearchIndex } from '../../../src/lib/search/build';
import { searchDocuments } from '../../../src/lib/search/documents';
import { SearchEngine } from '../../../src/lib/search/engine';
import { join } from 'node:path';
import { readContent } from '../../support/content';
import { ROOT } from '../../support/site';

/** Paragraphs of the test articles, by article id. */
export const TEXTS = {
  wire: [
    'Interior Minister Karolina Wójcik-Brandt met Governor Tomás Eberhardt on Tuesday in Lüneburg.',
    'The ministry said “over 8,000 people” crossed the river in March, a record for the region.',
    'Officials asked parliament for $14 billion in additional flood defense funding, which remains tied up in committee.',
    'Eberhardt’s office said the border crossings at Kessel would reopen next week.',
  ],
  daily: [
    'Governor Tomas Eberhardt greeted the minister at the airport.',
    'Wójcik-Brandt promised new funding for dikes and pumps.',
    'Critics said the funding request of 14 billion dollars was far too small for the border region.',
  ],
  gazette: [
    'The harvest festival opened in Rauhwald with 3,500 visitors and a brass band.',
    'Mayor Lena Oyelaran thanked the volunteers who built the stage.',
  ],
} as const;

function article(story: string, id: keyof typeof TEXTS, outlet: string, published: string): Article {
  return {
    id,
    story,
    outlet,
    title: `${outlet} report`,
    published,
    language: 'en',
    body: TEXTS[id].join('\n\n'),
    file: `content/articles/${story}/${id}.md`,
  };
}

function person(articleId: string, name: string, surname: string, title: string, paragraph: number): PersonFact {
  const text = TEXTS[articleId as keyof typeof TEXTS][paragraph - 1]!;
  const start = text.indexOf(surname);
  return {
    kind: 'person',
    id: `person-${surname}`,
    article: articleId,
    name,
    surname,
    given: name.slice(0, name.indexOf(' ')),
    title,
    titles: [title],
    official: true,
    mentions: [{ paragraph, start, end: start + surname.length, text: surname, form: 'surname' }],
  };
}

const none = (id: string): ArticleFacts => ({ article: id, people: [], dates: [], figures: [], quotes: [] });

/** The test library, with facts as the extractor will give them. */
export function library(): AnalyzedStory[] {
  const flood = { id: 'flood-talks', title: 'Flood talks in Lüneburg', date: '2024-03-05', note: '', file: 'x.md' };
  const fair = { id: 'harvest-fair', title: 'Harvest fair opens', date: '2024-09-01', note: '', file: 'y.md' };
  const wire = analyzeArticle(article(flood.id, 'wire', 'Wire Service', '2024-03-05'));
  const daily = analyzeArticle(article(flood.id, 'daily', 'The Daily', '2024-03-06'));
  const gazette = analyzeArticle(article(fair.id, 'gazette', 'Gazette', '2024-09-01'));
  wire.facts = {
    ...none('wire'),
    people: [person('wire', 'Tomás Eberhardt', 'Eberhardt', 'Governor', 1)],
    figures: [
      {
        kind: 'figure',
        id: 'figure-1',
        article: 'wire',
        mentions: [{ paragraph: 2, start: 18, end: 28, text: 'over 8,000' }],
        value: 8000,
        lower: 8000,
        upper: null,
        qualifier: 'more-than',
        precision: 1,
        unit: 'people',
        unitKind: 'count',
        counted: 'people who crossed the river',
        sentence: { start: 0, end: TEXTS.wire[1].length },
        change: 'level',
        modality: 'actual',
      },
    ],
    dates: [
      {
        kind: 'date',
        id: 'date-1',
        article: 'wire',
        mentions: [{ paragraph: 1, start: 72, end: 79, text: 'Tuesday' }],
        granularity: 'day',
        start: '2024-03-05',
        end: '2024-03-05',
        relative: true,
      },
    ],
  };
  daily.facts = { ...none('daily'), people: [person('daily', 'Tomas Eberhardt', 'Eberhardt', 'Governor', 1)] };
  gazette.facts = { ...none('gazette'), people: [person('gazette', 'Lena Oyelaran', 'Oyelaran', 'Mayor', 2)] };
  return [
    { story: { ...flood, articles: [wire.article, daily.article] }, articles: [wire, daily] },
    { story: { ...fair, articles: [gazette.article] }, articles: [gazette] },
  ];
}

/** Story page URL as the site would give it. */
export const storyHref = (story: string) => `/base/stories/${story}/`;

/** An engine over the test library that reads the built files straight from memory, recording what it read. */
export async function engine(stories = library()): Promise<{ engine: SearchEngine; reads: string[]; files: Map<string, string> }> {
  const { files } = buildSearchIndex(searchDocuments(stories, storyHref));
  const reads: string[] = [];
  const read = async (name: string) => {
    reads.push(name);
    const text = files.get(name);
    if (text === undefined) throw new Error(`no index file ${name}`);
    return JSON.parse(text) as unknown;
  };
  return { engine: await SearchEngine.open(read), reads, files };
}

/** The real site and the search fixture site, analysed as the build does. */
export function sites(): AnalyzedStory[] {
  return [...readContent(), ...readContent(join(ROOT, 'tests/fixtures/sites/search/content'))].map((story) => ({
    story,
    articles: story.articles.map(analyzeArticle),
  }));
}
