// The same person across articles. Outlets write names differently (accents, middle initials,
// "Liz" for "Elizabeth", surname alone), so names are compared by surname first and given names
// only where both articles give one. A different given name is proof of a different person.
import type { PersonFact } from '../extract/types';
import { clusterAcrossArticles, type MatchCandidate } from './cluster';
import { distance as levenshtein } from 'fastest-levenshtein';
import { foldText } from '../text';
import { overlapCoefficient, STOPWORDS, stem, words } from './text';
import type { PersonEntry, PersonGroup } from './types';

// Common English short forms of given names; a nickname only counts when the roles agree too.
const NICKNAMES: Record<string, string[]> = {
  abraham: ['abe'],
  albert: ['al', 'bert'],
  alexander: ['alex', 'sandy', 'xander'],
  alexandra: ['alex', 'sandra', 'sasha'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  antony: ['tony'],
  barbara: ['barb', 'babs'],
  benjamin: ['ben', 'benji'],
  catherine: ['cathy', 'kate', 'katie'],
  charles: ['charlie', 'chuck', 'chas'],
  christopher: ['chris', 'kit'],
  christine: ['chris', 'christy'],
  cynthia: ['cindy'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey'],
  deborah: ['deb', 'debbie', 'debra'],
  donald: ['don', 'donny'],
  douglas: ['doug'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'beth', 'betsy', 'betty', 'eliza', 'lizzie', 'libby'],
  frederick: ['fred', 'freddie'],
  gabriel: ['gabe'],
  gerald: ['jerry', 'gerry'],
  gregory: ['greg'],
  harold: ['harry', 'hal'],
  henry: ['hank', 'harry'],
  jacqueline: ['jackie'],
  james: ['jim', 'jimmy', 'jamie'],
  jeffrey: ['jeff'],
  jennifer: ['jen', 'jenny'],
  john: ['jack', 'johnny'],
  jonathan: ['jon'],
  joseph: ['joe', 'joey'],
  joshua: ['josh'],
  judith: ['judy'],
  katherine: ['kate', 'kathy', 'katie', 'kat'],
  kathleen: ['kathy', 'kate'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  leonard: ['len', 'lenny'],
  margaret: ['maggie', 'meg', 'peggy', 'marge'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey'],
  nathaniel: ['nate', 'nat'],
  nicholas: ['nick', 'nicky'],
  pamela: ['pam'],
  patricia: ['pat', 'patty', 'trish'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  philip: ['phil'],
  raymond: ['ray'],
  rebecca: ['becky', 'becca'],
  richard: ['rick', 'dick', 'rich', 'richie'],
  robert: ['bob', 'rob', 'bobby', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie', 'suzy'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim', 'timmy'],
  victoria: ['vicky', 'tori'],
  william: ['bill', 'will', 'billy', 'willie', 'liam'],
  zachary: ['zach', 'zack'],
};

const NICKNAME_PAIRS = new Set(
  Object.entries(NICKNAMES).flatMap(([full, shorts]) => shorts.flatMap((short) => [`${full}|${short}`, `${short}|${full}`])),
);

// Spelling variants of the same title word, so "Advisor" and "adviser" count as the same role.
const TITLE_SPELLINGS: Record<string, string> = { advisor: 'adviser', counsellor: 'counselor', defence: 'defense' };

/** How two given names relate. */
export type GivenNameRelation = 'same' | 'nickname' | 'spelling' | 'different' | 'unknown';

// Name tokens: lower case, accents kept (a spelling difference), hyphenated parts apart.
const nameTokens = (text: string) => text.toLowerCase().split(/[\s\u00A0-]+/u).filter(Boolean);

/**
 * True when two name words are one name spelled two ways: the same but for accents ("Carrù" /
 * "Carru"), or a letter or two apart ("Mensah" / "Mensa", "Galgalo" / "Galgallo"; two only in
 * longer names, "Capdevielle" / "Capdeville").
 */
function spelledAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [foldText(a), foldText(b)];
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const distance = levenshtein(x, y);
  return shorter >= 4 && (distance <= 1 || (distance <= 2 && shorter >= 6));
}

function givenTokens(person: Pick<PersonFact, 'name' | 'surname' | 'given'>): string[] {
  const surname = words(person.surname);
  const tokens = person.given ? words(person.given) : words(person.name).slice(0, Math.max(0, words(person.name).length - surname.length));
  // Middle initials ("Ana M. Ruiz") add nothing a second outlet reliably repeats.
  const named = tokens.filter((t) => t.length > 1);
  return named.length > 0 ? named : tokens;
}

/** Compares the first given names of two people: equal, a known nickname, a spelling variant, clearly different, or unknown (one has none). */
function compareGivenNames(
  a: Pick<PersonFact, 'name' | 'surname' | 'given'>,
  b: Pick<PersonFact, 'name' | 'surname' | 'given'>,
): GivenNameRelation {
  const ga = givenTokens(a)[0];
  const gb = givenTokens(b)[0];
  if (!ga || !gb) return 'unknown';
  if (ga === gb) return 'same';
  // An initial agrees with any name it abbreviates ("J. Smith" / "John Smith").
  if ((ga.length === 1 && gb.startsWith(ga)) || (gb.length === 1 && ga.startsWith(gb))) return 'same';
  // A short form inside the full name ("Femi" / "Olufemi") or a common nickname.
  if (NICKNAME_PAIRS.has(`${ga}|${gb}`) || (Math.min(ga.length, gb.length) >= 3 && (ga.endsWith(gb) || gb.endsWith(ga)))) return 'nickname';
  return spelledAlike(ga, gb) ? 'spelling' : 'different';
}

/**
 * How two people's surnames relate: the same, allowing for a compound surname one outlet shortens
 * ("García Márquez" / "Márquez" / "García") or splits differently between given name and surname;
 * the same spelled two ways ("Mensah" / "Mensa"); or none.
 */
function compareSurnames(a: Pick<PersonFact, 'name' | 'surname'>, b: Pick<PersonFact, 'name' | 'surname'>): 'same' | 'spelling' | 'none' {
  const relate = (eq: (x: string, y: string) => boolean): boolean => {
    const sa = words(a.surname);
    const sb = words(b.surname);
    if (sa.length === 0 || sb.length === 0) return false;
    const startsWith = (name: string[], head: string[]) => head.length <= name.length && head.every((t, i) => eq(name[i]!, t));
    const endsWith = (name: string[], tail: string[]) => tail.length <= name.length && tail.every((t, i) => eq(name[name.length - tail.length + i]!, t));
    const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
    if (startsWith(long, short) || endsWith(long, short)) return true;
    return endsWith(words(a.name), sb) && endsWith(words(b.name), sa);
  };
  if (relate((x, y) => x === y)) return 'same';
  return relate(spelledAlike) ? 'spelling' : 'none';
}

function roleTerms(person: Pick<PersonFact, 'titles' | 'title'>): Set<string> {
  const titles = person.titles.length > 0 ? person.titles : person.title ? [person.title] : [];
  return new Set(
    titles
      .flatMap((title) => words(title))
      .filter((w) => !STOPWORDS.has(w))
      .map((w) => stem(TITLE_SPELLINGS[w] ?? w)),
  );
}

/** True when two articles' titles for a person describe the same role (spelling variants such as "Advisor"/"adviser" agree). */
function rolesAgree(a: Pick<PersonFact, 'titles' | 'title' | 'official'>, b: Pick<PersonFact, 'titles' | 'title' | 'official'>): boolean {
  const ra = roleTerms(a);
  const rb = roleTerms(b);
  if (ra.size === 0 || rb.size === 0) return a.official === b.official;
  return overlapCoefficient(ra, rb) >= 0.5;
}

/** How two people of different articles relate, when they may be one person. */
interface PersonMatch {
  given: GivenNameRelation;
  surname: 'same' | 'spelling';
  roles: boolean;
}

/**
 * Whether two people of different articles may be one person. A different given name rules it
 * out; a nickname or a name spelled two ways needs the same role, and at most one of the two
 * names may be spelled differently.
 */
function personMatch(a: PersonFact, b: PersonFact): PersonMatch | undefined {
  const surname = compareSurnames(a, b);
  if (surname === 'none') return undefined;
  const given = compareGivenNames(a, b);
  if (given === 'different') return undefined;
  const roles = rolesAgree(a, b);
  const loose = (surname === 'spelling' ? 1 : 0) + (given === 'nickname' || given === 'spelling' ? 1 : 0);
  if (loose > 1 || (loose === 1 && !roles)) return undefined;
  return { given, surname, roles };
}

// The order in which candidate pairs are joined: the same surname before a variant, then a given
// name that is the same before a nickname or a variant before none, then the same role. (An order
// of preference, not evidence weights: any pair `personMatch` allows may be joined.)
const GIVEN_ORDER: Record<GivenNameRelation, number> = { same: 3, nickname: 2, spelling: 2, unknown: 1, different: 0 };
const preference = (m: PersonMatch) => (m.surname === 'same' ? 100 : 0) + 10 * GIVEN_ORDER[m.given] + (m.roles ? 1 : 0);

/** True when the articles write one person's name differently, beyond one using a shorter form. */
function spellingDiffers(names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i]!, names[j]!];
      if (a.toLowerCase() === b.toLowerCase()) continue;
      const [ta, tb] = [nameTokens(a), nameTokens(b)];
      // Hyphen against space ("Ruiz-Castaño" / "Ruiz Castaño"): the same letters written apart.
      if (ta.join(' ') === tb.join(' ')) return true;
      // A word of one written differently in the other, not merely left out or shortened.
      const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
      // "Femi" for "Olufemi": a short form keeps the end of the name; "Mensa" for "Mensah" is a misspelling.
      const shortened = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 3 && (x.endsWith(y) || y.endsWith(x)));
      if (short.some((t) => !long.some((u) => shortened(t, u)) && long.some((u) => spelledAlike(t, u)))) return true;
    }
  }
  return false;
}

interface PersonItem {
  article: string;
  fact: PersonFact;
}

/** Groups the people of several articles into the same person across articles. */
export function groupPeople(articles: { id: string; people: PersonFact[] }[]): PersonGroup[] {
  const items: PersonItem[] = articles.flatMap(({ id, people }) => people.map((fact) => ({ article: id, fact })));
  const matchesByPair = new Map<string, PersonMatch | undefined>();
  const match = (i: number, j: number) => {
    const key = i < j ? `${i}|${j}` : `${j}|${i}`;
    if (!matchesByPair.has(key)) matchesByPair.set(key, personMatch(items[i]!.fact, items[j]!.fact));
    return matchesByPair.get(key);
  };
  // A surname alone that fits several people of the other article is no evidence for any of
  // them, unless exactly one of them has the same role. A pair is a candidate only when each side
  // is a usable match for the other.
  const usableMatches = (i: number, article: string): Set<number> => {
    const matches = items.flatMap((candidate, j) => (candidate.article === article && match(i, j) ? [j] : []));
    const named = matches.filter((j) => compareGivenNames(items[i]!.fact, items[j]!.fact) !== 'unknown');
    if (named.length > 0 || matches.length <= 1) return new Set(named.length > 0 ? named : matches);
    const sameRole = roleTerms(items[i]!.fact).size > 0 ? matches.filter((j) => rolesAgree(items[i]!.fact, items[j]!.fact)) : [];
    return new Set(sameRole.length === 1 ? sameRole : []);
  };
  const usable = new Map<string, Set<number>>();
  const isUsable = (i: number, j: number) => {
    const key = `${i}>${items[j]!.article}`;
    let set = usable.get(key);
    if (!set) usable.set(key, (set = usableMatches(i, items[j]!.article)));
    return set.has(j);
  };
  const candidates: MatchCandidate[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const found = items[i]!.article === items[j]!.article ? undefined : match(i, j);
      if (found && isUsable(i, j) && isUsable(j, i)) candidates.push({ a: i, b: j, score: preference(found) });
    }
  }
  const clusters = clusterAcrossArticles(
    items.map((item) => item.article),
    candidates,
    (i, j) => match(i, j) !== undefined,
  );
  return clusters.map((members, index) => {
    const entries: PersonEntry[] = members.map((i) => {
      const { article, fact } = items[i]!;
      return {
        article,
        fact: fact.id,
        name: fact.name,
        ...(fact.title ? { title: fact.title } : {}),
        titles: fact.titles,
        official: fact.official,
        mentions: fact.mentions,
      };
    });
    const fullest = entries.reduce((best, entry) => (words(entry.name).length > words(best.name).length ? entry : best));
    const titles = new Set(entries.flatMap((entry) => (entry.title ? [entry.title.trim()] : [])));
    return {
      group: `person-${index + 1}`,
      name: fullest.name,
      official: entries.some((entry) => entry.official),
      status: entries.length > 1 ? 'shared' : 'only',
      titlesDiffer: titles.size > 1,
      spellingDiffers: spellingDiffers(entries.map((entry) => entry.name)),
      entries,
    };
  });
}
