// What the comparison engine reports about a story: for every kind of fact, groups of the same
// fact across articles, each entry pointing back at the article's own fact and its mentions.
import type { DateGranularity, FactKind, FigureFact, Span } from '../extract/types';

/** An article as the comparison names it. */
export interface ComparedArticle {
  id: string;
  outlet: string;
  /** Name of each text block ("p3", "t1r2"), by {@link Span.paragraph} − 1: what anchors and labels are made from. */
  blocks: string[];
}

/** Whether a fact is carried by more than one article of the comparison. */
export type SharedStatus = 'shared' | 'only';

/** One article's account of a person. */
export interface PersonEntry {
  article: string;
  /** The article's person fact id. */
  fact: string;
  /** The name as this article gives it. */
  name: string;
  /** The most specific title this article gives, verbatim (spelling differences such as "Advisor"/"adviser" kept). */
  title?: string;
  titles: string[];
  official: boolean;
  mentions: Span[];
}

/** One person across the articles. */
export interface PersonGroup {
  /** Stable id, e.g. `person-2`. */
  group: string;
  /** The fullest name any article gives. */
  name: string;
  /** True when any article presents them as holding public office. */
  official: boolean;
  status: SharedStatus;
  /** True when the articles' titles for the person differ in wording (case and spelling included). */
  titlesDiffer: boolean;
  /** True when the articles spell the person's name differently ("Mensah" / "Mensa"). */
  spellingDiffers: boolean;
  /** One entry per article that names the person, in article order. */
  entries: PersonEntry[];
}

/** One article's date facts that resolve to the same calendar span. */
export interface DateEntry {
  article: string;
  facts: string[];
  mentions: Span[];
  relative: boolean;
}

/** One calendar day, month, year or range across the articles. */
export interface DateGroup {
  group: string;
  start: string;
  end: string;
  granularity: DateGranularity;
  status: SharedStatus;
  entries: DateEntry[];
}

/**
 * How reports' figures for one quantity relate: `agree` (every two can both hold), `updated` (a
 * running count that rose between the times the reports speak of), `conflict` (values for the same
 * time that cannot both hold), `only` (one report gives it).
 */
export type FigureStatus = 'agree' | 'conflict' | 'updated' | 'only';

/** One article's figure for a quantity: the extracted figure's value, bounds, unit and cues, and where it stands. */
export interface FigureEntry
  extends Pick<FigureFact, 'article' | 'value' | 'lower' | 'upper' | 'qualifier' | 'precision' | 'unit' | 'unitKind' | 'counted' | 'head' | 'outcome' | 'change' | 'modality' | 'asOf'> {
  fact: string;
  /** Who the sentence says gives the figure, as written ("police"). */
  source?: string;
  /** The figure as written ("over 10,000"). */
  text: string;
  /** The sentence the figure stands in, verbatim. */
  quote: string;
  paragraph: number;
  mention: Span;
}

/** How far apart two figures that cannot both hold are. */
export interface FigureDifference {
  /** The two articles whose figures are furthest apart. */
  between: [string, string];
  /** Larger value minus smaller value. */
  absolute: number;
  /** Larger value over smaller value (null when the smaller is 0). */
  ratio: number | null;
  /** How much larger the larger value is, in percent of the smaller (null when the smaller is 0). */
  percent: number | null;
}

/** One quantity across the articles. */
export interface FigureGroup {
  group: string;
  status: FigureStatus;
  unit: string;
  /** What is counted, in the most descriptive wording any article uses. */
  counted: string;
  /** One entry per figure, in article order; an article that restates the figure has several. */
  entries: FigureEntry[];
  /** Present when `status` is `conflict` or `updated`: the two values furthest apart. */
  difference?: FigureDifference;
  /** For a group across reports: why its figures are one quantity, in words ("same quantity: both count people injured, reported the same day"). */
  reason?: string;
  /** For a group across reports: the fitted matcher's lowest probability among its matched pairs (0–1). */
  probability?: number;
}

/** One article's version of a quotation. */
export interface QuoteEntry {
  article: string;
  fact: string;
  quote: string;
  speaker?: string;
  mention: Span;
  /** Share of the group's longest version this article carries, by words (0–1). */
  share: number;
}

/** The same quotation across the articles. */
export interface QuoteGroup {
  group: string;
  status: SharedStatus;
  /** The longest version of the quotation. */
  text: string;
  entries: QuoteEntry[];
}

/** A paragraph of one article and its closest counterpart in another. */
export interface ParagraphAlignment {
  from: { article: string; paragraph: number };
  to: { article: string; paragraph: number };
  /** How alike the two paragraphs' wording is, 0–1: the TF-IDF cosine of their content words (equal to `textSimilarity`). */
  score: number;
  /** TF-IDF cosine similarity of the two paragraphs' words. */
  textSimilarity: number;
  /** Fact groups (ids) both paragraphs mention. */
  sharedFacts: string[];
}

/** Everything the engine found when comparing the articles of a story. */
export interface StoryComparison {
  articles: ComparedArticle[];
  people: PersonGroup[];
  dates: DateGroup[];
  figures: FigureGroup[];
  quotes: QuoteGroup[];
  /** For every paragraph, its best counterpart in each other article above the threshold; both directions are listed. */
  alignments: ParagraphAlignment[];
}

/** How one fact of one article relates to the other articles. */
export interface FactLink {
  /** Stable group id shared by the same fact in every article, e.g. `figure-3`. */
  group: string;
  kind: FactKind;
  status: 'shared' | 'only' | 'conflict' | 'updated';
  /** One line: what each outlet reports. */
  summary: string;
}
