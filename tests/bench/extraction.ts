// Extraction throughput on a synthetic corpus and the seed articles' extraction time.
// The corpus is generated at run time from the labelled fixture paragraphs, with numbers and
// names varied, so nothing generated is ever committed. Run directly with
// `npx tsx tests/bench/extraction.ts`; tests/bench/run.ts calls runExtractionBench().
import { pathToFileURL } from 'node:url';
import { extractFacts } from '../../src/lib/extract';
import type { Paragraph } from '../../src/lib/extract/types';
import { loadLabelledArticles } from '../eval/extraction';
import { random } from '../support/random';

/** What the extraction bench measured. */
export interface ExtractionBenchResult {
  articles: number;
  words: number;
  /** Median over the timed runs of words extracted per second. */
  wordsPerSecond: number;
  runs: number;
  /** Median time to extract both seed articles after warm-up, in milliseconds. */
  seedMs: number;
}

const GIVEN = ['Amara', 'José Luis', 'Wei', 'Fatima', 'Oleksandr', 'Siobhan', 'Kwame', 'Ingrid', 'Rahul', 'Lucía', 'Tomás', 'Hannah'];
const FAMILY = ['Okonkwo', 'García Márquez', 'Zhang', 'Haddad', 'Kovalenko', "O'Sullivan", 'Mensah', 'Lindqvist-Berg', 'Iyer', 'de la Cruz', 'Novak', 'Schmidt'];

/** Builds `count` synthetic articles by recombining fixture paragraphs with varied numbers and names. */
export function syntheticCorpus(count = 1000, seed = 7): Paragraph[][] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const labelled = loadLabelledArticles();
  const pool = labelled.flatMap((a) => a.paragraphs.map((p) => ({ text: p.text, names: a.labels.people.map((person) => person.name) })));
  const corpus: Paragraph[][] = [];
  for (let i = 0; i < count; i++) {
    const length = 8 + Math.floor(next() * 8);
    const paragraphs: Paragraph[] = [];
    for (let j = 0; j < length; j++) {
      const source = pick(pool);
      let text = source.text.replace(/\d/g, () => String(Math.floor(next() * 10)));
      for (const name of source.names) if (text.includes(name)) text = text.split(name).join(`${pick(GIVEN)} ${pick(FAMILY)}`);
      paragraphs.push({ index: j + 1, text });
    }
    corpus.push(paragraphs);
  }
  return corpus;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const wordCount = (paragraphs: Paragraph[]) => paragraphs.reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);

/** Measures extraction throughput (median of `runs` passes over the corpus) and the seed articles' time. */
export async function runExtractionBench(options: { articles?: number; runs?: number } = {}): Promise<ExtractionBenchResult> {
  const corpus = syntheticCorpus(options.articles ?? 1000);
  const runs = options.runs ?? 5;
  const words = corpus.reduce((n, a) => n + wordCount(a), 0);
  const published = '2024-06-01';
  const speeds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    corpus.forEach((paragraphs, i) => extractFacts(paragraphs, { id: `synthetic-${i}`, published }));
    speeds.push(words / ((performance.now() - started) / 1000));
  }
  const seeds = loadLabelledArticles().filter((a) => a.labels.article.startsWith('seed-'));
  const extractSeeds = () => seeds.forEach((a) => extractFacts(a.paragraphs, { id: a.labels.article, published: a.labels.published }));
  for (let i = 0; i < 20; i++) extractSeeds();
  const seedTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    extractSeeds();
    seedTimes.push(performance.now() - started);
  }
  return { articles: corpus.length, words, wordsPerSecond: median(speeds), runs, seedMs: median(seedTimes) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runExtractionBench();
  process.stdout.write(
    `extraction: ${result.articles} synthetic articles, ${result.words} words, median of ${result.runs} runs: ${Math.round(result.wordsPerSecond).toLocaleString('en-US')} words/s\n` +
      `extraction: both seed articles after warm-up: ${result.seedMs.toFixed(2)} ms (median of 30)\n`,
  );
}
