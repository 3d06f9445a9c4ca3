import { describe, expect, it } from 'vitest';
import { searchDocuments, type FactDoc, type ParagraphDoc } from '../../../src/lib/search/documents';
import { library, storyHref, TEXTS } from './corpus';

describe('search documents', () => {
  const docs = searchDocuments(library(), storyHref);
  const paragraphs = docs.filter((d): d is ParagraphDoc => d.kind === 'paragraph');
  const facts = docs.filter((d): d is FactDoc => d.kind !== 'paragraph');

  it('has every paragraph once, with its story, outlet, headline and anchor on the story page', () => {
    expect(paragraphs.map((p) => p.text)).toEqual([...TEXTS.wire, ...TEXTS.daily, ...TEXTS.gazette]);
    expect(paragraphs[5]).toEqual({
      kind: 'paragraph',
      story: 'flood-talks',
      storyTitle: 'Flood talks in Lüneburg',
      article: 'daily',
      outlet: 'The Daily',
      headline: 'The Daily report',
      anchor: 'daily-p2',
      href: '/base/stories/flood-talks/#daily-p2',
      text: TEXTS.daily[1],
    });
  });

  it('merges a person named by two outlets (with and without accents) into one fact, with the title each gives', () => {
    const people = facts.filter((f) => f.kind === 'person');
    expect(people.map((p) => [p.label, p.detail, p.reach, p.outlets, p.href])).toEqual([
      ['Tomás Eberhardt', 'Wire Service, The Daily: Governor', 'named by 2 outlets', ['Wire Service', 'The Daily'], '/base/stories/flood-talks/#wire-p1'],
      ['Lena Oyelaran', 'Gazette: Mayor', 'named by 1 outlet', ['Gazette'], '/base/stories/harvest-fair/#gazette-p2'],
    ]);
  });

  it('describes a figure by what it counts, each outlet’s value and its status, and a date by its calendar day', () => {
    const figure = facts.find((f) => f.kind === 'figure')!;
    expect([figure.label, figure.detail, figure.reach, figure.href]).toEqual([
      'people who crossed the river',
      'Wire Service over 8,000',
      'only in one outlet',
      '/base/stories/flood-talks/#wire-p2',
    ]);
    const date = facts.find((f) => f.kind === 'date')!;
    expect([date.label, date.detail, date.keywords]).toEqual(['Tuesday', 'Tuesday, March 5, 2024', '2024-03-05']);
  });

  it('lists each story’s facts before its paragraphs', () => {
    expect(docs.map((d) => (d.kind === 'paragraph' ? d.article : `${d.story}:fact`))).toEqual([
      ...Array(3).fill('flood-talks:fact'),
      ...Array(4).fill('wire'),
      ...Array(3).fill('daily'),
      'harvest-fair:fact',
      ...Array(2).fill('gazette'),
    ]);
  });
});
