import { extractDates, TIME_OF_DAY, type NameRanges } from './dates/index';
import { extractFigures, type BlockedRanges } from './figures/index';
import { extractPeople } from './people';
import { extractQuotes, type KnownMention } from './quotes';
import type { ArticleContext, ArticleFacts, Paragraph } from './types';

/** Finds every person, date, figure and quote in an article's paragraphs. */
export function extractFacts(paragraphs: Paragraph[], context: ArticleContext): ArticleFacts {
  const article = context.id;
  const people = extractPeople(paragraphs).map((p, i) => ({ kind: 'person' as const, id: `person-${i + 1}`, article, ...p }));
  // A person's name holds no date ("Theresa May", "Senator April Ryan").
  const names: NameRanges = new Map();
  for (const person of people) {
    for (const m of person.mentions) if (m.form === 'full') names.set(m.paragraph, [...(names.get(m.paragraph) ?? []), [m.start, m.end]]);
  }
  const dates = extractDates(paragraphs, { ...context, names }).map((d, i) => ({ kind: 'date' as const, id: `date-${i + 1}`, article, ...d }));
  // Numbers that are part of a date or a time of day are not figures.
  const blocked: BlockedRanges = new Map();
  const block = (paragraph: number, start: number, end: number) => {
    const list = blocked.get(paragraph) ?? [];
    list.push([start, end]);
    blocked.set(paragraph, list);
  };
  for (const date of dates) block(date.mentions[0].paragraph, date.mentions[0].start, date.mentions[0].end);
  for (const paragraph of paragraphs) {
    for (const time of paragraph.text.matchAll(TIME_OF_DAY)) block(paragraph.index, time.index, time.index + time[0].length);
  }
  const figures = extractFigures(paragraphs, { blocked, dates, people, published: context.published }).map((f, i) => ({
    kind: 'figure' as const,
    id: `figure-${i + 1}`,
    article,
    ...f,
  }));
  const known: KnownMention[] = people.flatMap((p) => p.mentions.map((m) => ({ paragraph: m.paragraph, start: m.start, name: p.name })));
  const quotes = extractQuotes(paragraphs, known).map(({ open: _open, ...q }, i) => {
    const span = q.speakerSpan;
    const person = span && people.find((p) => p.mentions.some((m) => m.paragraph === span.paragraph && m.start < span.end && span.start < m.end));
    const byName = !person && q.speaker ? people.find((p) => p.name === q.speaker) : undefined;
    const speakerPerson = (person ?? byName)?.id;
    return { kind: 'quote' as const, id: `quote-${i + 1}`, article, ...q, ...(speakerPerson ? { speakerPerson } : {}) };
  });
  return { article, people, dates, figures, quotes };
}
