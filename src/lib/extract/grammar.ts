// Part-of-speech tags for the sentences a reader needs grammar for: what a figure counts, whether
// a capitalised run is a name. wink-nlp's English "lite" model tags with Universal Dependencies
// parts of speech (NOUN, PROPN, VERB, NUM, …) at several hundred thousand words a second, and
// ships as an npm package, so nothing is downloaded at run time.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { sensesOf } from '../wordnet';

/** A Universal Dependencies part of speech, as wink-nlp tags it. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ'
  | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A word or punctuation mark of a sentence with its tag and [start, end) offsets in the paragraph. */
export interface TaggedToken {
  text: string;
  lower: string;
  /** Base form ("families" → "family", "climbed" → "climb"). */
  lemma: string;
  pos: PartOfSpeech;
  start: number;
  end: number;
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

// A sentence's first word is capitalised whatever it is, and the tagger takes "Crowds" or
// "Turnout" there for a proper noun. When WordNet knows the word as a common noun whose usual
// sense is not a person or a place, it is read as one.
function commonNounAtStart(token: TaggedToken): boolean {
  if (token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  const senses = sensesOf(token.lemma).length ? sensesOf(token.lemma) : sensesOf(token.lower.replace(/s$/, ''));
  return senses.length > 0 && senses[0]!.lexname !== 'noun.person' && senses[0]!.lexname !== 'noun.location';
}

/**
 * Tags the text at [from, to) of a paragraph (usually one sentence), with offsets into the whole
 * paragraph. Tokens wink-nlp splits differently from the text (rare) are dropped.
 */
export function tagText(text: string, from = 0, to = text.length): TaggedToken[] {
  const slice = text.slice(from, to);
  const words = nlp.readDoc(slice).tokens();
  const values = words.out(its.value) as string[];
  const tags = words.out(its.pos) as string[];
  // wink-nlp's type declarations give `its.lemma` the wrong signature; it is an ordinary token its-function.
  const lemmas = words.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = slice.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: String(lemmas[i] ?? value).toLowerCase(),
      pos: tags[i] as PartOfSpeech,
      start: from + at,
      end: from + at + value.length,
    });
  });
  if (tokens[0] && commonNounAtStart(tokens[0])) tokens[0].pos = 'NOUN';
  return tokens;
}
