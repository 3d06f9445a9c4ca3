// The value of a number written in words. compromise reads plain number words ("two hundred
// fifty million", "a hundred and two"); the forms it misreads ("a quarter million", "one and a
// half million", "half a million" in some orders) are rewritten into plain arithmetic here first.
import nlp from 'compromise';
import { FRACTIONS, NUMBER_WORDS, SCALE_WORDS } from '../lexicon/numbers';

// compromise takes about half a millisecond a call, and an article repeats its number words
// ("two", "three", "a million"), so every reading is kept.
const known = new Map<string, number | undefined>();

function compromiseValue(words: string): number | undefined {
  if (known.has(words)) return known.get(words);
  const values = nlp(words).numbers().get() as unknown[];
  const value = values.length === 1 && typeof values[0] === 'number' && Number.isFinite(values[0]) ? values[0] : undefined;
  known.set(words, value);
  return value;
}

/** The product of a run of scale words ("million" → 1e6, "lakh crore" → 1e12, "hundred thousand" → 1e5). */
export function scaleValue(words: readonly string[]): number | undefined {
  if (!words.length || !words.every((w) => w in SCALE_WORDS)) return undefined;
  return words.reduce((product, w) => product * SCALE_WORDS[w]!, 1);
}

/**
 * The value of a spelled-out number, lower case with single spaces: "two hundred fifty million" →
 * 250,000,000; "a quarter million" → 250,000; "one and a half million" → 1,500,000; "half a
 * million" → 500,000; "three-quarters of a million" → 750,000. Undefined when the words are not a
 * number.
 */
export function numberWordsValue(words: string): number | undefined {
  const parts = words.split(/[\s-]+/).filter(Boolean);
  // "<n> and a half <scale>": (n + 0.5) × scale.
  const half = /^(.+?) and (?:a|one) half (.+)$/.exec(parts.join(' '));
  if (half) {
    const base = numberWordsValue(half[1]!);
    const scale = scaleValue(half[2]!.split(' '));
    return base !== undefined && scale !== undefined ? (base + 0.5) * scale : undefined;
  }
  // "a quarter (of a) million", "half a million", "three quarters of a billion": a fraction of a scale.
  const fraction = /^(?:(a|an|one|two|three|four|five|six|seven|eight|nine)\s)?(half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?:\s(?:of\s)?(?:a|an|one))?\s(.+)$/.exec(parts.join(' '));
  if (fraction) {
    const scale = scaleValue(fraction[3]!.split(' '));
    if (scale !== undefined) {
      const count = fraction[1] && !['a', 'an'].includes(fraction[1]) ? NUMBER_WORDS[fraction[1]]! : 1;
      return count * FRACTIONS[fraction[2]!]! * scale;
    }
  }
  // "a million", "a hundred and two": the article stands for one.
  const plain = parts[0] === 'a' || parts[0] === 'an' ? ['one', ...parts.slice(1)] : parts;
  return compromiseValue(plain.join(' '));
}
