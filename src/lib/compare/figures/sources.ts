// Who gives a figure, as the comparison weighs it: the police's crowd estimate and the organisers'
// are two quantities, while "the agency" may be the authority named in full a paragraph earlier.
import { SOURCE_INSTITUTIONS, SOURCE_NOISE, SOURCE_VAGUE_HEADS } from '../../extract/lexicon/quantities';
import type { FigureFact } from '../../extract/types';
import { STOPWORDS, stem, words } from '../text';

/** A figure's source as stems of its phrase, and whether it names a particular source ("police") rather than a vague one ("officials", "the agency"). */
export interface SourceCue {
  words: Set<string>;
  named: boolean;
}

/** The source cue of a figure, or undefined when it has none or only a vague one. */
export function sourceCue(fact: FigureFact): SourceCue | undefined {
  if (!fact.source) return undefined;
  const content = words(fact.source.span.text).filter((w) => !STOPWORDS.has(w) && !SOURCE_NOISE.has(w) && !/\d/.test(w));
  const kept = content.filter((w) => !SOURCE_VAGUE_HEADS.has(w)).map(stem);
  if (kept.length === 0) return undefined;
  const last = content[content.length - 1]!;
  return { words: new Set(kept), named: !SOURCE_VAGUE_HEADS.has(last) && !SOURCE_INSTITUTIONS.has(last) };
}

/**
 * How two figures' sources relate: the same when they share a word; different when they share none
 * and both name a particular source ("police" against "organizers"); otherwise unknown.
 */
export function compareSources(a: SourceCue | undefined, b: SourceCue | undefined): 'same' | 'different' | 'unknown' {
  if (!a || !b) return 'unknown';
  for (const x of a.words) if (b.words.has(x)) return 'same';
  return a.named && b.named ? 'different' : 'unknown';
}
