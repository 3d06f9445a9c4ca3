// Stage 2 of reading dates: which way in time a bare date points. A bare weekday, month or day of
// the month is the nearest one at or before publication, unless its clause speaks of the future
// ("will meet on Friday", "are expected on site early Wednesday"); after "starting" or
// "effective" it is the nearest either side ("the fiscal year starting April 1").
import { FUTURE_AFTER, FUTURE_CUES, NEAR_FUTURE_CUES, NEAREST_CUES, SCHEDULE_CUES } from '../lexicon/calendar';
import type { SentenceRange } from '../../text';

/** Which occurrence of a date that repeats is meant. */
export type Direction = 'past' | 'future' | 'nearest';

// A clause reaches back this far at most: a sentence's worth of words before the date.
const CLAUSE_REACH = 120;

/** The direction the clause before `start` gives a date that starts there. */
export function directionAt(text: string, sentence: SentenceRange, start: number, shown: string): Direction {
  const clause = text.slice(Math.max(sentence.start, start - CLAUSE_REACH), start);
  const own = clause.slice(clause.search(/[^,;—]*$/)) || clause;
  if (NEAREST_CUES.test(own) || SCHEDULE_CUES.test(own)) return 'nearest';
  if (FUTURE_CUES.test(own) || NEAR_FUTURE_CUES.test(own) || /^next\b/i.test(shown)) return 'future';
  // A date that opens its clause takes the tense that follows it ("In May the Lords may vote").
  const opensClause = /(?:^|[,;—][\s\u00A0]*)(?:in|on|by|from|until|during)?[\s\u00A0]*$/i.test(own);
  if (opensClause && FUTURE_AFTER.test(text.slice(start + shown.length, sentence.end))) return 'future';
  return 'past';
}
