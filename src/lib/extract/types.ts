// The facts Parallax finds in an article. Every fact points back at the exact characters it came
// from, so a reader (and a test) can check it against the source paragraph.

/** Where a fact was read: a 1-based block number ({@link Paragraph.index}) and [start, end) UTF-16 offsets into that block's visible text. */
export interface Span {
  paragraph: number;
  start: number;
  end: number;
  /** The source text at those offsets, verbatim. */
  text: string;
}

/** The kinds of fact the extractor reports, in the order the legend lists them. */
export const FACT_KINDS = ['person', 'date', 'figure', 'quote'] as const;
/** One of {@link FACT_KINDS}. */
export type FactKind = (typeof FACT_KINDS)[number];

/** How a person is referred to at one mention. */
export type PersonMentionForm = 'full' | 'surname' | 'title-surname' | 'role';

/** One place an article refers to a person. */
export interface PersonMention extends Span {
  form: PersonMentionForm;
  /** The title or role attached at this mention, as written ("Homeland Security Secretary"). */
  title?: string;
}

/** A named person and every mention of them in one article. */
export interface PersonFact {
  kind: 'person';
  /** Unique within the article, e.g. `person-1`. */
  id: string;
  article: string;
  /** Canonical full name as the article first gives it ("Gabriel José García Márquez"). */
  name: string;
  /** The family name used for later mentions ("García Márquez"). */
  surname: string;
  /** Given name(s), if the article gives them. */
  given?: string;
  /** The most specific title or role the article gives them ("White House Homeland Security Advisor"). */
  title?: string;
  /** Every distinct title or role the article uses for them, in order of appearance. */
  titles: string[];
  /** Holds public office (minister, governor, president, senator, judge, police chief …). */
  official: boolean;
  mentions: PersonMention[];
}

/** How precise a resolved date is: a part is a part of a month, year or season ("early August", "mid-2025", "summer 2025"). */
export type DateGranularity = 'day' | 'month' | 'year' | 'range' | 'part';

/** The day a relative date counts from: a date the text gave ("a week earlier" than "Tuesday"), or publication. */
export interface DateAnchor {
  /** YYYY-MM-DD. */
  date: string;
  from: 'text' | 'published';
}

/** A date expression resolved against the article's publication date. */
export interface DateFact {
  kind: 'date';
  id: string;
  article: string;
  mentions: [Span];
  granularity: DateGranularity;
  /** First calendar day covered, YYYY-MM-DD. */
  start: string;
  /** Last calendar day covered (inclusive), YYYY-MM-DD; equals `start` for a single day. */
  end: string;
  /** True when the wording is relative ("Wednesday", "last week", "a week earlier"). */
  relative: boolean;
  /** For a relative date: the day it counts from. */
  anchor?: DateAnchor;
}

/** How a figure's wording bounds its value: "about" is ±10 %, "nearly" up to 10 % below. */
export type FigureQualifier = 'exact' | 'about' | 'nearly' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'range';

/** What kind of unit a figure is measured in; two figures of different kinds are never the same quantity. */
export const UNIT_KINDS = [
  'count', 'money', 'percent', 'percentage-points', 'magnitude', 'length', 'area', 'mass', 'volume', 'speed', 'temperature',
  'duration', 'ratio', 'other',
] as const;
/** One of {@link UNIT_KINDS}. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** What happened to the people or things a figure counts. */
export const FIGURE_OUTCOMES = ['dead', 'injured', 'missing', 'displaced', 'arrested', 'rescued', 'affected', 'other'] as const;
/** One of {@link FIGURE_OUTCOMES}. */
export type FigureOutcome = (typeof FIGURE_OUTCOMES)[number];

/** Whether a figure is an amount at a time ("88 dead"), a difference ("rose by 64,000") or an amount per unit of time ("2,000 a day"). */
export type FigureChange = 'level' | 'change' | 'rate';

/** Whether a figure reports what happened, what someone expects, or what someone aims for. */
export type FigureModality = 'actual' | 'forecast' | 'target';

/** Who the sentence says gives a figure ("police said", "according to organisers"). */
export interface FigureSource {
  span: Span;
  /** Id of the {@link PersonFact} the source phrase names, when it names one. */
  person?: string;
}

/** The time a figure is true of: a date the text ties it to ("by Sunday"), or else the publication time. */
export interface FigureAsOf {
  /** ISO 8601 date (YYYY-MM-DD) or date-time with offset, as precise as the source says. */
  date: string;
  from: 'text' | 'published';
}

/** [start, end) offsets within the figure's paragraph. */
export interface TextRange {
  start: number;
  end: number;
}

/** A reported quantity, with every cue the comparison needs read once, typed and anchored. */
export interface FigureFact {
  kind: 'figure';
  id: string;
  article: string;
  /** The number span itself with its qualifier ("over 10,000", "$2 billion"). */
  mentions: [Span];
  /** The headline value (for a range or a vague amount, its lower end). */
  value: number;
  /** Lowest value the wording allows, or null when unbounded below. */
  lower: number | null;
  /** Highest value the wording allows, or null when unbounded above ("over 10,000"). */
  upper: number | null;
  qualifier: FigureQualifier;
  /**
   * Place value of the last digit as written, in the figure's unit: "1.5 million" → 100,000,
   * "6,730,413" → 1, "58.4" → 0.1. Two values agree when the more precise one rounds to the other.
   */
  precision: number;
  /** Unit, normalised: "people", "US dollars", "percent", "migrant encounters", … */
  unit: string;
  unitKind: UnitKind;
  /** The thing counted, as a short noun phrase ("migrants", "migrant encounters at the southern border"). */
  counted: string;
  /** Lemma of the counted phrase's head noun ("watcher", "carriage"), when it has one. */
  head?: string;
  /** Where the counted thing is written, when it is not inside the figure's own span. */
  countedSpan?: Span;
  /** For a figure in a table cell: its row's header cell and its column's header cell. */
  cell?: { row?: Span; column?: Span };
  /** The sentence the figure stands in, as offsets into its paragraph. */
  sentence: TextRange;
  source?: FigureSource;
  outcome?: FigureOutcome;
  change: FigureChange;
  modality: FigureModality;
  asOf?: FigureAsOf;
}

/** A quoted passage. */
export interface QuoteFact {
  kind: 'quote';
  id: string;
  article: string;
  /** The passage including its quote marks. */
  mentions: [Span];
  /** The words inside the quote marks. */
  quote: string;
  /** Who said it, as the article attributes it ("the Interior Ministry", "García Márquez"). */
  speaker?: string;
  speakerSpan?: Span;
  /** Id of the {@link PersonFact} the speaker phrase names, when it names one ("he" resolved, "Choi", "the governor"). */
  speakerPerson?: string;
}

/** Any fact. */
export type Fact = PersonFact | DateFact | FigureFact | QuoteFact;

/** What a text block is: running prose (paragraphs, list items, quotes), a heading, or a table row. */
export type BlockKind = 'prose' | 'heading' | 'table-row';

/** Where a table row sits and where its cells are. */
export interface TableRow {
  /** 1-based table number within the article. */
  table: number;
  /** 1-based row number within the table; the header row is row 1. */
  row: number;
  /** True for a row of header cells. */
  header: boolean;
  /** Each cell's [start, end) offsets within the row's text, in column order. */
  cells: TextRange[];
}

/** One text block of an article as a reader sees it: a paragraph, a heading or a table row. */
export interface Paragraph {
  /** 1-based position among the article's text blocks; what {@link Span.paragraph} refers to. */
  index: number;
  /** Visible text, exactly as rendered. */
  text: string;
  /** Prose when absent. */
  kind?: BlockKind;
  /**
   * The block's name within the article: "p3" for the third prose paragraph (prose only is
   * numbered this way), "h1" for the first heading, "t1r2" for table 1, row 2. Defaults to
   * `p<index>`. Anchor ids are `<article>-<block>`.
   */
  block?: string;
  /** Present on table rows. */
  tableRow?: TableRow;
}

/** What the extractor needs to know about an article. */
export interface ArticleContext {
  /** Article id, copied into every fact. */
  id: string;
  /** Publication date or date-time (ISO 8601) that relative dates resolve against. */
  published: string;
  /** Where the report was filed ("LISMORE, Australia"): seasons are read for its hemisphere. */
  dateline?: string;
}

/** Everything extracted from one article. */
export interface ArticleFacts {
  article: string;
  people: PersonFact[];
  dates: DateFact[];
  figures: FigureFact[];
  quotes: QuoteFact[];
}
