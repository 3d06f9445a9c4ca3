import { formatBounds, formatDateSpan } from '../compare/format';
import type { Fact } from '../extract/types';

const DAY = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD, or the day of an ISO date-time as written) in words: "December 27, 2023". */
export function formatDay(iso: string): string {
  return DAY.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** One line saying what a fact is, for screen readers and cards: "figure: more than 10,000 evacuees". */
export function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'person':
      return `person: ${fact.title ? `${fact.name}, ${fact.title}` : fact.name}`;
    case 'date':
      return `date: ${formatDateSpan(fact)}`;
    case 'figure':
      return `figure: ${formatBounds(fact)} ${fact.counted || fact.unit}`.trim();
    case 'quote':
      return fact.speaker ? `quote from ${fact.speaker}` : 'quote, speaker not named';
  }
}
