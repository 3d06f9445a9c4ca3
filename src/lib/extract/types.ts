// The facts Parallax finds in an article. Every fact points back at the exact characters it came
// from, so a reader (and a test) can check it against the source paragraph.

/** Where a fact was read: a 1-based paragraph number and [start, end) UTF-16 offsets into that paragraph's visible text. */
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
export type PersonMentionForm = 'full' | 'surname' | 'title-surname' | 'role' | 'given';

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

/** How precise a resolved date is. */
export type DateGranularity = 'day' | 'month' | 'year' | 'range';

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
  /** True when the wording is relative to publication ("Wednesday", "last week"). */
  relative: boolean;
}

/** How a figure's wording bounds its value. */
export type FigureQualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'range';

/** A reported quantity. */
export interface FigureFact {
  kind: 'figure';
  id: string;
  article: string;
  /** The number span itself with its qualifier ("over 10,000", "$2 billion"). */
  mentions: [Span];
  /** The headline value (for a range, its lower end). */
  value: number;
  /** Lowest value the wording allows, or null when unbounded below. */
  lower: number | null;
  /** Highest value the wording allows, or null when unbounded above ("over 10,000"). */
  upper: number | null;
  qualifier: FigureQualifier;
  /** Unit, normalised: "people", "US dollars", "percent", "migrant encounters", … */
  unit: string;
  /** The thing counted, as a short noun phrase ("migrants", "migrant encounters at the southern border"). */
  counted: string;
  /** Where the counted thing is written, when it is not inside the figure's own span. */
  countedSpan?: Span;
  /** The whole sentence the figure stands in. */
  sentence: string;
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

/** One paragraph of an article as a reader sees it. */
export interface Paragraph {
  /** 1-based position among the article's text blocks. */
  index: number;
  /** Visible text, exactly as rendered. */
  text: string;
}

/** What the extractor needs to know about an article. */
export interface ArticleContext {
  /** Article id, copied into every fact. */
  id: string;
  /** Publication date or date-time (ISO 8601) that relative dates resolve against. */
  published: string;
}

/** Everything extracted from one article. */
export interface ArticleFacts {
  article: string;
  people: PersonFact[];
  dates: DateFact[];
  figures: FigureFact[];
  quotes: QuoteFact[];
}
