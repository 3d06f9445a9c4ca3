// Word tests the figure stages share, built on the lexicons and on WordNet.
import { hypernymClosure, sensesOf } from '../../wordnet';
import { MEASURE_UNITS, PEOPLE_COLLECTIVES } from '../lexicon/units';

const TIME_UNITS = new Set(Object.entries(MEASURE_UNITS).filter(([, m]) => m.kind === 'duration').map(([word]) => word));

/** True for a unit of time, singular or plural ("day", "years", "decade"). */
export const isTimeUnit = (word: string) => TIME_UNITS.has(word.toLowerCase());

/**
 * The dictionary form of a noun as WordNet knows it ("families" → "family", "people" → "people"),
 * by WordNet's own detachment rules for regular plurals; the word itself when none applies.
 */
export function nounLemma(word: string): string {
  const lower = word.toLowerCase();
  if (sensesOf(lower).length) return lower;
  for (const [suffix, ending] of [['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['s', '']] as const) {
    if (lower.endsWith(suffix) && sensesOf(lower.slice(0, -suffix.length) + ending).length) return lower.slice(0, -suffix.length) + ending;
  }
  return lower;
}

const personish = new Map<string, boolean>();

/**
 * True when a noun names people: one of its two most frequent WordNet senses is a person
 * ("viewers", "fans", "migrants"), its most frequent sense is a group of people ("crowd",
 * "family", "jury"), or it is a collective the lexicon lists ("turnout", "death toll").
 */
export function isPersonish(word: string): boolean {
  const lower = word.toLowerCase();
  const known = personish.get(lower);
  if (known !== undefined) return known;
  let result = PEOPLE_COLLECTIVES.has(lower);
  if (!result) {
    const senses = sensesOf(nounLemma(lower));
    result =
      senses.slice(0, 2).some((s) => s.lexname === 'noun.person') ||
      (senses[0]?.lexname === 'noun.group' && hypernymClosure(senses[0], 6).some((s) => s.words.includes('social_group') || s.words.includes('people')));
  }
  personish.set(lower, result);
  return result;
}
