// Why the matcher put figures in one group, in words a reader can check: "same quantity: both
// count people injured, reported the same day".
import type { FigureItem } from './items';
import { headSimilarity } from './features';
import { compareSources } from './sources';

const plural = (lemma: string) => (/(?:s|x|ch|sh)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
// How an outcome reads after the counted noun ("people killed").
const OUTCOME_PARTICIPLES: Record<string, string> = {
  dead: 'killed', injured: 'injured', missing: 'missing', displaced: 'displaced', arrested: 'arrested', rescued: 'rescued', affected: 'affected',
};
const DAY = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

/** What the members of a group count, in words: "people injured", "carriages", "watchers and viewers". */
function whatTheyCount(items: readonly FigureItem[]): string | undefined {
  const heads = [...new Set(items.filter((i) => !i.generic && i.head).map((i) => i.head!))];
  const outcome = items.find((i) => i.fact.outcome && i.fact.outcome !== 'other')?.fact.outcome;
  const thing = heads.length === 1 ? plural(heads[0]!) : heads.length > 1 ? heads.slice(0, 2).map(plural).join(' and ') : items.some((i) => i.personal) ? 'people' : undefined;
  if (outcome && thing) return `${thing} ${OUTCOME_PARTICIPLES[outcome]}`;
  return thing;
}

/** The sentence a group shows for why its figures are one quantity. */
export function groupReason(items: readonly FigureItem[]): string {
  const parts: string[] = [];
  const counted = whatTheyCount(items);
  if (counted) {
    const heads = [...new Set(items.filter((i) => !i.generic && i.head).map((i) => i.head!))];
    const related = heads.length === 2 && headSimilarity(heads[0], heads[1]) > 0;
    parts.push(related ? `“${heads[0]}” and “${heads[1]}” name the same thing` : `${items.length === 2 ? 'both' : 'all'} count ${counted}`);
  } else parts.push(`${items.length === 2 ? 'both' : 'all'} give the same ${items[0]!.kind === 'money' ? 'sum' : 'measure'}`);
  if (items.every((i) => compareSources(items[0]!.source, i.source) === 'same')) parts.push('citing the same source');
  const days = [...new Set(items.map((i) => i.fact.asOf?.date.slice(0, 10)).filter((d): d is string => !!d))].sort();
  if (days.length === 1) parts.push('reported the same day');
  else if (days.length > 1) parts.push(`as of ${days.map((d) => DAY.format(new Date(`${d}T00:00:00Z`))).join(' and ')}`);
  return `same quantity: ${parts.join(', ')}`;
}
