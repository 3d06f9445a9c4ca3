import type { DateFact, Fact, FigureFact, PersonFact } from '../extract/types';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A calendar day (YYYY-MM-DD or an ISO date-time) in words: "27 December 2023". */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The resolved meaning of a date fact in words: "Wednesday 27 December 2023", "September 2023", "18 – 24 Dec 2023". */
export function describeDate(fact: Pick<DateFact, 'granularity' | 'start' | 'end'>): string {
  const start = new Date(`${fact.start}T00:00:00Z`);
  if (fact.granularity === 'day') return DAY.format(start);
  if (fact.granularity === 'month') return MONTH.format(start);
  if (fact.granularity === 'year') return String(start.getUTCFullYear());
  return SHORT.formatRange(start, new Date(`${fact.end}T00:00:00Z`));
}

/** A number as a reader writes it: 8,000; 14 billion stays 14,000,000,000. */
export const formatNumber = (value: number): string => NUMBER.format(value);

const QUALIFIER_WORDS: Record<FigureFact['qualifier'], string> = {
  exact: '',
  about: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'at-most': 'at most ',
  'less-than': 'less than ',
  range: '',
};

/** A figure's value with what its wording implies: "more than 8,000", "6,000 to 10,000". */
export function describeValue(fact: Pick<FigureFact, 'qualifier' | 'value' | 'lower' | 'upper'>): string {
  if (fact.qualifier === 'range' && fact.lower !== null && fact.upper !== null) return `${formatNumber(fact.lower)} to ${formatNumber(fact.upper)}`;
  return `${QUALIFIER_WORDS[fact.qualifier]}${formatNumber(fact.value)}`;
}

/** "Alejandro Mayorkas, Homeland Security Secretary". */
export function describePerson(fact: Pick<PersonFact, 'name' | 'title'>): string {
  return fact.title ? `${fact.name}, ${fact.title}` : fact.name;
}

/** One line saying what a fact is, for screen readers and cards: "figure: more than 8,000 migrants". */
export function describeFact(fact: Fact): string {
  switch (fact.kind) {
    case 'person':
      return `person: ${describePerson(fact)}`;
    case 'date':
      return `date: ${describeDate(fact)}`;
    case 'figure':
      return `figure: ${describeValue(fact)} ${fact.counted || fact.unit}`.trim();
    case 'quote':
      return fact.speaker ? `quote from ${fact.speaker}` : 'quote, speaker not named';
  }
}
