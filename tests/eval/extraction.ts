// Scores the fact extractor against the hand-labelled articles in tests/fixtures/extraction and
// prints precision, recall and F1 per fact kind, per article and overall. Run with
// `npm run eval:extraction`; the table is also written to tests/eval/results/extraction.txt.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractFacts } from '../../src/lib/extract';
import type { ArticleFacts, Paragraph } from '../../src/lib/extract/types';
import { readMarkdown } from '../support/content';
import { parseArticle } from '../../src/lib/parse/parseArticle';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Folder of fixture articles and their labels. */
export const FIXTURE_DIR = join(ROOT, 'tests/fixtures/extraction');
/**
 * Articles labelled by someone who never saw the extractor, and never tuned against: the honest
 * estimate of quality on articles nobody here has seen. Kept apart so tuning cannot leak into it.
 */
export const HELD_OUT_DIR = join(ROOT, 'tests/fixtures/extraction-heldout');

interface LabelMention {
  text: string;
  paragraph: number;
}

/** One labelled article as stored in `<slug>.labels.json`. */
export interface Labels {
  article: string;
  /** Markdown file the labels describe, relative to the project root. */
  source: string;
  published: string;
  people: Array<{ name: string; titles: string[]; official: boolean; mentions: LabelMention[] }>;
  dates: Array<LabelMention & { start: string; end: string; granularity: string }>;
  figures: Array<LabelMention & { value: number; lower: number | null; upper: number | null; unit: string; counted: string }>;
  quotes: Array<LabelMention & { speaker?: string }>;
}

/** A labelled article with its paragraphs as the site renders them. */
export interface LabelledArticle {
  labels: Labels;
  paragraphs: Paragraph[];
  frontmatter: Record<string, string>;
}

/** Loads every labelled article of a folder (by default the fixtures and seed articles). */
export function loadLabelledArticles(dir = FIXTURE_DIR): LabelledArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labels;
      const { frontmatter, body } = readMarkdown(join(ROOT, labels.source));
      const { paragraphs } = parseArticle(body, (n) => `${labels.article}-p${n}`);
      return { labels, paragraphs, frontmatter };
    });
}

interface Located {
  paragraph: number;
  start: number;
  end: number;
}

// Finds each labelled text in its paragraph; repeated texts take successive occurrences.
function locator(article: LabelledArticle) {
  // Within one kind, a label never reuses characters an earlier label of that kind took
  // ("Paredes" after "Elena Paredes" is the next occurrence).
  const taken: Located[] = [];
  return (mention: LabelMention): Located => {
    const text = article.paragraphs[mention.paragraph - 1]?.text ?? '';
    let start = text.indexOf(mention.text);
    while (start >= 0 && taken.some((t) => t.paragraph === mention.paragraph && t.start < start + mention.text.length && start < t.end)) start = text.indexOf(mention.text, start + 1);
    if (start < 0) throw new Error(`${article.labels.article}: label "${mention.text}" not found in paragraph ${mention.paragraph}`);
    const located = { paragraph: mention.paragraph, start, end: start + mention.text.length };
    taken.push(located);
    return located;
  };
}

const hit = (a: Located, b: Located) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b)));
const normal = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'").toLowerCase().trim();

/** True-positive, extracted and gold counts for one fact kind. */
export interface Count {
  tp: number;
  extracted: number;
  gold: number;
}

/** The fact kinds scored, people split into persons and their mentions. */
export const SCORED_KINDS = ['people', 'mentions', 'dates', 'figures', 'quotes'] as const;
/** One of {@link SCORED_KINDS}. */
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** Scores of one article. */
export interface ArticleScore {
  article: string;
  counts: Record<ScoredKind, Count>;
  /** Attribute accuracy among matched facts: [correct, compared]. */
  attributes: Record<'official' | 'unit' | 'counted' | 'speaker', [number, number]>;
  /** Human-readable misses and false alarms, for tuning. */
  errors: string[];
}

/** Matches extracted facts to labels for one article. */
export function scoreArticle(article: LabelledArticle, facts: ArticleFacts): ArticleScore {
  const { labels } = article;
  const locatePerson = locator(article);
  const errors: string[] = [];
  const attributes: ArticleScore['attributes'] = { official: [0, 0], unit: [0, 0], counted: [0, 0], speaker: [0, 0] };

  // People: a labelled person matches the extracted person with the same name, or sharing a
  // mention and the family name.
  const goldPeople = labels.people.map((p) => ({ ...p, spans: p.mentions.map(locatePerson) }));
  const personOf = new Map<string, (typeof goldPeople)[number]>();
  const claimed = new Set<(typeof goldPeople)[number]>();
  for (const person of facts.people) {
    const found =
      goldPeople.find((g) => !claimed.has(g) && normal(g.name) === normal(person.name)) ??
      goldPeople.find(
        (g) => !claimed.has(g) && normal(g.name).endsWith(normal(person.surname)) && person.mentions.some((m) => g.spans.some((s) => hit(m, s))),
      );
    if (found) {
      claimed.add(found);
      personOf.set(person.id, found);
      attributes.official[1]++;
      if (found.official === person.official) attributes.official[0]++;
      else errors.push(`person official: ${person.name} extracted ${person.official}`);
    } else errors.push(`person extra: ${person.name}`);
  }
  for (const g of goldPeople) if (!claimed.has(g)) errors.push(`person missed: ${g.name}`);
  let mentionTp = 0;
  const usedMention = new Set<Located>();
  for (const person of facts.people) {
    const gold = personOf.get(person.id);
    for (const m of person.mentions) {
      const span = gold?.spans.find((s) => !usedMention.has(s) && hit(m, s));
      if (span) {
        usedMention.add(span);
        mentionTp++;
      } else errors.push(`mention extra: p${m.paragraph} "${m.text}" (${person.name})`);
    }
  }
  for (const g of goldPeople) for (const [i, s] of g.spans.entries()) if (!usedMention.has(s)) errors.push(`mention missed: p${s.paragraph} "${g.mentions[i]!.text}" (${g.name})`);

  // Dates, figures, quotes: same paragraph, overlapping span, and the same reading.
  const matchKind = <G extends LabelMention, F extends { mentions: [Located & { text: string }] }>(
    kind: string,
    gold: G[],
    found: F[],
    same: (g: G, f: F) => boolean,
    describe: (f: F) => string,
    onMatch?: (g: G, f: F) => void,
  ): number => {
    const spans = gold.map(locator(article));
    const taken = new Set<number>();
    let tp = 0;
    for (const f of found) {
      const i = spans.findIndex((s, j) => !taken.has(j) && hit(f.mentions[0], s) && same(gold[j]!, f));
      if (i >= 0) {
        taken.add(i);
        tp++;
        onMatch?.(gold[i]!, f);
      } else {
        const near = spans.findIndex((s, j) => !taken.has(j) && hit(f.mentions[0], s));
        errors.push(`${kind} ${near >= 0 ? 'wrong' : 'extra'}: p${f.mentions[0].paragraph} "${f.mentions[0].text}" ${describe(f)}${near >= 0 ? ` (label ${JSON.stringify(gold[near])})` : ''}`);
      }
    }
    gold.forEach((g, j) => !taken.has(j) && errors.push(`${kind} missed: p${g.paragraph} "${g.text}"`));
    return tp;
  };
  const dateTp = matchKind('date', labels.dates, facts.dates, (g, f) => g.start === f.start && g.end === f.end, (f) => `${f.start}..${f.end}`);
  const headWord = (s: string) => normal(s).split(/\s+/).filter((w) => w.length > 2).pop() ?? '';
  const figureTp = matchKind(
    'figure',
    labels.figures,
    facts.figures,
    (g, f) => close(g.value, f.value) && close(g.lower, f.lower) && close(g.upper, f.upper),
    (f) => `${f.value} [${f.lower}, ${f.upper}] ${f.unit} / ${f.counted}`,
    (g, f) => {
      attributes.unit[1]++;
      if (normal(g.unit) === normal(f.unit)) attributes.unit[0]++;
      attributes.counted[1]++;
      const head = headWord(g.counted);
      if (head && normal(f.counted).includes(head.replace(/s$/, ''))) attributes.counted[0]++;
    },
  );
  const quoteTp = matchKind('quote', labels.quotes, facts.quotes, () => true, (f) => `speaker ${f.speaker}`, (g, f) => {
    if (!g.speaker) return;
    attributes.speaker[1]++;
    const person = facts.people.find((p) => p.id === f.speakerPerson);
    const said = [f.speaker, person?.name].filter((s): s is string => !!s).map(normal);
    if (said.some((s) => s === normal(g.speaker!) || normal(g.speaker!).endsWith(s) || s.endsWith(normal(g.speaker!)))) attributes.speaker[0]++;
    else errors.push(`quote speaker: p${g.paragraph} "${g.text.slice(0, 30)}" label ${g.speaker}, extracted ${f.speaker}`);
  });

  const goldMentions = goldPeople.reduce((n, p) => n + p.spans.length, 0);
  const extractedMentions = facts.people.reduce((n, p) => n + p.mentions.length, 0);
  return {
    article: labels.article,
    counts: {
      people: { tp: claimed.size, extracted: facts.people.length, gold: labels.people.length },
      mentions: { tp: mentionTp, extracted: extractedMentions, gold: goldMentions },
      dates: { tp: dateTp, extracted: facts.dates.length, gold: labels.dates.length },
      figures: { tp: figureTp, extracted: facts.figures.length, gold: labels.figures.length },
      quotes: { tp: quoteTp, extracted: facts.quotes.length, gold: labels.quotes.length },
    },
    attributes,
    errors,
  };
}

/** Precision, recall and F1 of a count; an empty side scores 1 so that "nothing to find, nothing found" is perfect. */
export function prf(count: Count): { precision: number; recall: number; f1: number } {
  const precision = count.extracted ? count.tp / count.extracted : 1;
  const recall = count.gold ? count.tp / count.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Adds up counts over several articles. */
export function total(scores: ArticleScore[], kind: ScoredKind): Count {
  return scores.reduce((sum, s) => ({ tp: sum.tp + s.counts[kind].tp, extracted: sum.extracted + s.counts[kind].extracted, gold: sum.gold + s.counts[kind].gold }), { tp: 0, extracted: 0, gold: 0 });
}

/** Runs the extractor over every labelled article of a folder and scores it. */
export function evaluateExtraction(dir = FIXTURE_DIR): ArticleScore[] {
  return loadLabelledArticles(dir).map((article) =>
    scoreArticle(article, extractFacts(article.paragraphs, { id: article.labels.article, published: article.labels.published })),
  );
}

/** Renders the scores as the plain-text table the eval prints; held-out scores are totalled on their own. */
export function formatReport(scores: ArticleScore[], heldOut: ArticleScore[] = []): string {
  const f = (n: number) => n.toFixed(3);
  const row = (name: string, kind: string, c: Count) => {
    const { precision, recall, f1 } = prf(c);
    return `${name.padEnd(18)} ${kind.padEnd(9)} ${f(precision)}  ${f(recall)}  ${f(f1)}  ${String(c.tp).padStart(4)} ${String(c.extracted).padStart(4)} ${String(c.gold).padStart(4)}`;
  };
  const lines = ['Extraction quality (span overlap in the same paragraph; dates must resolve to the same days, figures to the same value and bounds)', ''];
  lines.push(`${'article'.padEnd(18)} ${'kind'.padEnd(9)} prec.  recall  F1      tp  ext gold`);
  for (const score of [...scores, ...heldOut]) for (const kind of SCORED_KINDS) lines.push(row(score.article, kind, score.counts[kind]));
  const groups: Array<[string, ArticleScore[]]> = [
    ['SEED (2 articles)', scores.filter((s) => s.article.startsWith('seed-'))],
    [`TUNED (${scores.length})`, scores],
    ...(heldOut.length ? [[`HELD-OUT (${heldOut.length})`, heldOut] as [string, ArticleScore[]]] : []),
    [`ALL (${scores.length + heldOut.length})`, [...scores, ...heldOut]],
  ];
  for (const [name, group] of groups) {
    lines.push('');
    for (const kind of SCORED_KINDS) lines.push(row(name, kind, total(group, kind)));
  }
  lines.push('', 'Attribute accuracy among matched facts (correct / compared):');
  for (const attribute of ['official', 'unit', 'counted', 'speaker'] as const) {
    const [right, all] = [...scores, ...heldOut].reduce(([r, a], s) => [r + s.attributes[attribute][0], a + s.attributes[attribute][1]], [0, 0]);
    lines.push(`  ${attribute.padEnd(9)} ${right}/${all} = ${f(all ? right / all : 1)}`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scores = evaluateExtraction();
  const heldOut = evaluateExtraction(HELD_OUT_DIR);
  const report = formatReport(scores, heldOut);
  process.stdout.write(report);
  if (process.argv.includes('--errors')) for (const s of [...scores, ...heldOut]) for (const e of s.errors) process.stdout.write(`${s.article}: ${e}\n`);
  writeFileSync(join(ROOT, 'tests/eval/results/extraction.txt'), report);
}
