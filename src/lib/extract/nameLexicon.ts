// A second opinion on capitalised words from compromise's lexicon, which knows many given names,
// countries, cities, regions and organisations: "Hong Kong" is a place, "Lena" a given name.
// Only its word list is consulted (a look-up, not a parse), so it costs nothing per sentence.
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

const tagsOf = (phrase: string): string[] => [lexicon[phrase.toLowerCase()] ?? []].flat();
const hasTag = (phrase: string, tags: ReadonlySet<string>) => tagsOf(phrase).some((t) => tags.has(t));

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const FAMILY = new Set(['LastName']);
const PLACE = new Set(['City', 'Country', 'Region', 'Place']);
const ORGANISATION = new Set(['Organization', 'SportsTeam']);
const COUNTRY = new Set(['Country']);

/** True for a word the lexicon knows as a given name ("Lena", "Omar", "Mark"). */
export const isKnownGivenName = (word: string) => hasTag(word, GIVEN);
/** True for a word the lexicon knows as a family name ("Ruiz", "Stone"). */
export const isKnownFamilyName = (word: string) => hasTag(word, FAMILY);
/** True for a phrase the lexicon knows as a place ("Hong Kong", "Buenos Aires", "Lagos"). */
export const isKnownPlace = (phrase: string) => hasTag(phrase, PLACE);
/** True for a phrase the lexicon knows as a country ("Peru", "South Africa"). */
export const isKnownCountry = (phrase: string) => hasTag(phrase, COUNTRY);
/** True for a phrase the lexicon knows as an organisation or a team. */
export const isKnownOrganisation = (phrase: string) => hasTag(phrase, ORGANISATION);
