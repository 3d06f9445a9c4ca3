// A quantity's status across reports: agree (every two values can both hold), updated (a running
// count that moved between the times the reports speak of), conflict (two values of the same
// quantity at the same time that cannot both hold), or only (one report gives it).
import { RUNNING_COUNT_HEADS, RUNNING_OUTCOMES } from '../../extract/lexicon/quantities';
import type { FigureAsOf, FigureOutcome } from '../../extract/types';
import type { FigureStatus } from '../types';
import { valuesAgree, type Bounds } from './values';

/** What the status needs of one report's figure. */
export type StatusEntry = Bounds & { article: string; outcome?: FigureOutcome; head?: string; asOf?: FigureAsOf };

// Two as-of times are different times when they fall on different days, or, both with a clock
// time, at least this far apart.
const SAME_TIME_HOURS = 6;

/** The as-of time as a day and, when written, an instant. */
function timeOf(asOf: FigureAsOf | undefined): { day: string; instant?: number } | undefined {
  if (!asOf) return undefined;
  const day = asOf.date.slice(0, 10);
  const instant = asOf.date.length > 10 ? Date.parse(asOf.date) : NaN;
  return Number.isNaN(instant) ? { day } : { day, instant };
}

/** Negative, zero or positive as `a`'s as-of time is before, the same as, or after `b`'s. */
export function compareAsOf(a: FigureAsOf | undefined, b: FigureAsOf | undefined): number {
  const [x, y] = [timeOf(a), timeOf(b)];
  if (!x || !y) return 0;
  if (x.instant !== undefined && y.instant !== undefined) return Math.abs(x.instant - y.instant) >= SAME_TIME_HOURS * 3_600_000 ? x.instant - y.instant : 0;
  return x.day < y.day ? -1 : x.day > y.day ? 1 : 0;
}

/** True for a count that keeps moving while an event unfolds: dead, injured, missing, evacuated, cases, votes counted… */
export const isRunningCount = (entry: Pick<StatusEntry, 'outcome' | 'head'>) =>
  (entry.outcome !== undefined && RUNNING_OUTCOMES.has(entry.outcome)) || (entry.head !== undefined && RUNNING_COUNT_HEADS.has(entry.head));

/** Two values of a running count that differ because the count moved: different times, and the later one no smaller. */
function isUpdate(a: StatusEntry, b: StatusEntry): boolean {
  if (!isRunningCount(a) || !isRunningCount(b)) return false;
  const order = compareAsOf(a.asOf, b.asOf);
  if (order === 0) return false;
  const [earlier, later] = order < 0 ? [a, b] : [b, a];
  return later.value >= earlier.value;
}

/**
 * The status of one quantity's figures: `only` from one report, `agree` when every two reports'
 * values can both hold, `updated` when every disagreement is a running count that moved between
 * as-of times, else `conflict` (which wins over `updated` when three reports differ both ways).
 */
export function figureStatus(entries: readonly StatusEntry[]): FigureStatus {
  if (new Set(entries.map((e) => e.article)).size < 2) return 'only';
  let updated = false;
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [a, b] = [entries[i]!, entries[j]!];
      if (a.article === b.article || valuesAgree(a, b)) continue;
      if (!isUpdate(a, b)) return 'conflict';
      updated = true;
    }
  }
  return updated ? 'updated' : 'agree';
}
