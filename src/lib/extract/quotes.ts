// Quoted passages and who said them. Every passage in quote marks is reported, including
// one-word scare quotes (“broken”): they are quotations textually, and a reader comparing
// outlets wants to see which words each one put in someone's mouth. Speakers are only given
// when the article attributes the words.
import { spanOf, wordsOf } from '../text';
import type { Paragraph, QuoteFact, Span } from './types';

/** A quote before it gets an id; `open` marks a passage that runs on into the next paragraph. */
export type QuoteReading = Omit<QuoteFact, 'id' | 'article' | 'kind'> & { open: boolean };

/** Someone the article names, so "he said" can be traced back to a person. */
export interface KnownMention {
  paragraph: number;
  start: number;
  /** The person's name as the speaker should read. */
  name: string;
}

const SPEECH_VERBS = 'said|says|say|called|calls|told|tells|added|adds|stated|states|wrote|writes|tweeted|posted|announced|declared|explained|explains|noted|notes|insisted|insists|warned|warns|argued|argues|asked|asks|replied|continued|recalled|acknowledged|admitted|claimed|claims|conceded|cautioned|urged|vowed|testified|emphasized|stressed|remarked|concluded|responded|shouted|chanted|read';
const VERB = new RegExp(`^(?:${SPEECH_VERBS})$`, 'i');
// Words a speaker phrase may contain besides capitalised ones ("a State Department statement said").
const SPEAKER_NOUNS = /^(?:statement|spokesman|spokeswoman|spokesperson|official|officials|report|release|letter|memo|post|message|announcement|source|sources|police|authorities|organizers|organisers|residents|witnesses|lawyers|attorney|lawyer|prosecutors|experts|analysts|union|company|ministry|department|agency|governor|president|mayor|minister|secretary|chief|coach|judge|spokespeople|representative|leaders|leader|group|officer|officers|commissioner|director|manager|doctor|nurse|teacher|worker|workers|strikers|protesters|student|students|fans|family|families)$/i;
const DETERMINERS = /^(?:the|a|an|another|one)$/i;
const PRONOUNS = /^(?:he|she|they|it|we|i)$/i;

interface Found {
  text: string;
  start: number;
  end: number;
}

// Reads the speaker phrase ending just before `end` ("the Interior Ministry" in "… the Interior Ministry said").
function speakerBefore(text: string, end: number): Found | null {
  const words = wordsOf(text.slice(Math.max(0, end - 120), end));
  const offset = Math.max(0, end - 120);
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const gap = text.slice(offset + word.end, i === words.length - 1 ? end : offset + words[i + 1]!.start);
    if (!/^[\s\u00A0]*$/.test(gap) && !(i === words.length - 1 && /^[\s\u00A0]*$/.test(gap))) break;
    if (PRONOUNS.test(word.text) && i === words.length - 1) {
      first = i;
      break;
    }
    if (/^\p{Lu}/u.test(word.text) || SPEAKER_NOUNS.test(word.text) || /['’]s$/.test(word.text)) {
      first = i;
      continue;
    }
    if (DETERMINERS.test(word.text) && first < words.length) first = i;
    break;
  }
  if (first >= words.length) return null;
  const start = offset + words[first]!.start;
  const stop = offset + words[words.length - 1]!.end;
  return { text: text.slice(start, stop), start, end: stop };
}

// Reads the speaker phrase starting at `start` ("said García Márquez" → "García Márquez").
function speakerAfter(text: string, start: number): Found | null {
  const m = /^[\s\u00A0]*((?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}\p{M}.'’-]*[\s\u00A0]+){0,5}[\p{Lu}][\p{L}\p{M}.'’-]*|he|she|they|we|I)/u.exec(text.slice(start, start + 100));
  if (!m?.[1]) return null;
  const from = start + m[0].length - m[1].length;
  return { text: m[1].replace(/[.,]$/, ''), start: from, end: from + m[1].replace(/[.,]$/, '').length };
}

// The attribution after a closing quote: “…,” the Interior Ministry said / “…,” said Smith.
function attributionAfter(text: string, close: number): Found | null {
  const tail = text.slice(close, close + 160);
  const verbFirst = new RegExp(`^[\\s\\u00A0]*(?:${SPEECH_VERBS})\\b`, 'iu').exec(tail);
  if (verbFirst) return speakerAfter(text, close + verbFirst[0].length);
  // “…,” Keisha Odom, an organizer with the group, told the crowd.
  const appositive = new RegExp(`^[\\s\\u00A0]*((?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*[\\s\\u00A0]+){0,4}[\\p{Lu}][\\p{L}\\p{M}.'’-]*),[^,“”"]{1,100},[\\s\\u00A0]+(?:${SPEECH_VERBS})\\b`, 'u').exec(tail);
  if (appositive?.[1]) {
    const from = close + appositive[0].indexOf(appositive[1]);
    return { text: appositive[1], start: from, end: from + appositive[1].length };
  }
  const verbLater = new RegExp(`^[\\s\\u00A0]*((?:[\\p{L}\\p{M}.'’-]+[\\s\\u00A0]+){1,7}?)(?:${SPEECH_VERBS})\\b`, 'iu').exec(tail);
  if (verbLater?.[1]) {
    const phraseEnd = close + verbLater[0].length - verbLater[0].match(new RegExp(`(?:${SPEECH_VERBS})$`, 'i'))![0].length;
    let end = phraseEnd;
    while (end > close && /[\s\u00A0]/.test(text[end - 1]!)) end--;
    const found = speakerBefore(text, end);
    if (found && found.start <= close + verbLater[0].length - verbLater[1].length + 1) return found;
  }
  return null;
}

// The attribution before an opening quote within its sentence: García Márquez said: “…” /
// The State Department said that the officials will discuss “…”.
function attributionBefore(text: string, open: number): Found | null {
  const head = text.slice(0, open);
  const sentenceStart = Math.max(head.search(/[^.!?]*$/), 0);
  const clause = head.slice(sentenceStart);
  const verbs = [...clause.matchAll(new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS}|according\\s+to)(?![\\p{L}])`, 'giu'))];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const at = sentenceStart + verb.index;
  if (/^according/i.test(verb[0])) return speakerAfter(text, at + verb[0].length);
  let end = at;
  while (end > 0 && /[\s\u00A0]/.test(text[end - 1]!)) end--;
  return speakerBefore(text, end) ?? (VERB.test(verb[0]) ? speakerAfter(text, at + verb[0].length) : null);
}

function resolvePronoun(speaker: Found, paragraph: number, known: KnownMention[]): string {
  if (!PRONOUNS.test(speaker.text)) return speaker.text;
  // The nearest person named before the pronoun; the article's gender cues are not read.
  let best: KnownMention | undefined;
  for (const mention of known) {
    if (mention.paragraph > paragraph || (mention.paragraph === paragraph && mention.start >= speaker.start)) continue;
    if (!best || mention.paragraph > best.paragraph || (mention.paragraph === best.paragraph && mention.start > best.start)) best = mention;
  }
  return best?.name ?? speaker.text;
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/** Finds every quoted passage and, where the article gives one, its speaker. */
export function extractQuotes(paragraphs: Paragraph[], known: KnownMention[] = []): QuoteReading[] {
  const quotes: QuoteReading[] = [];
  let previous: QuoteReading | undefined;
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    let inParagraph = 0;
    const continuing = previous?.open === true;
    for (let i = 0; i < text.length; i++) {
      const close = OPENERS[text[i]!];
      if (!close) continue;
      // A straight quote directly after a letter or digit is an inch mark or a typo, not an opener.
      if (text[i] === '"' && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]!)) continue;
      const closeAt = text.indexOf(close, i + 1);
      const end = closeAt < 0 ? text.length : closeAt + 1;
      const inner = text.slice(i + 1, closeAt < 0 ? text.length : closeAt);
      if (!inner.trim()) continue;
      const mention: Span = spanOf(paragraph.index, text, i, end);
      const speaker = (closeAt >= 0 ? attributionAfter(text, end) : null) ?? attributionBefore(text, i);
      const reading: QuoteReading = { mentions: [mention], quote: inner.trim(), open: closeAt < 0 };
      if (speaker) {
        reading.speaker = resolvePronoun(speaker, paragraph.index, known);
        reading.speakerSpan = spanOf(paragraph.index, text, speaker.start, speaker.end);
      } else if (inParagraph > 0 && quotes[quotes.length - 1]!.speaker && i - quotes[quotes.length - 1]!.mentions[0].end < 200) {
        // “…,” she said. “…” — the second passage is the same speaker's.
        reading.speaker = quotes[quotes.length - 1]!.speaker!;
      } else if (inParagraph === 0 && i === 0 && previous?.speaker && (continuing || /^\s*$/.test(text.slice(end)))) {
        // A paragraph that is nothing but a quote carries on the previous speaker's words.
        reading.speaker = previous.speaker;
      }
      quotes.push(reading);
      inParagraph++;
      i = end - 1;
    }
    previous = quotes.length && quotes[quotes.length - 1]!.mentions[0].paragraph === paragraph.index ? quotes[quotes.length - 1] : undefined;
  }
  return quotes;
}
