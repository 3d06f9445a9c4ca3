// Dates are already resolved to calendar spans by the extractor, so "Wednesday" in one article
// and "Dec. 27" in another meet on the same span.
import type { DateFact } from '../extract/types';
import type { DateEntry, DateGroup } from './types';

/** The key under which two date facts denote the same calendar span. */
export const dateKey = (date: Pick<DateFact, 'start' | 'end'>) => `${date.start}/${date.end}`;

/** Groups the dates of several articles by the calendar span they resolve to, in order of first mention. */
export function groupDates(articles: { id: string; dates: DateFact[] }[]): DateGroup[] {
  const groups = new Map<string, { first: DateFact; entries: Map<string, DateEntry> }>();
  for (const { id, dates } of articles) {
    for (const date of dates) {
      const key = dateKey(date);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { first: date, entries: new Map() }));
      let entry = group.entries.get(id);
      if (!entry) group.entries.set(id, (entry = { article: id, facts: [], mentions: [], relative: false }));
      entry.facts.push(date.id);
      entry.mentions.push(...date.mentions);
      entry.relative ||= date.relative;
    }
  }
  return [...groups.values()].map(({ first, entries }, index) => ({
    group: `date-${index + 1}`,
    start: first.start,
    end: first.end,
    granularity: first.granularity,
    status: entries.size > 1 ? 'shared' : 'only',
    entries: [...entries.values()],
  }));
}
