// Stage "metadata": the frontmatter a page states about itself, each field from the first source
// that gives a usable value, in this order (the issue's): schema.org NewsArticle JSON-LD, then Open
// Graph and `article:*` meta, then `<meta name="author">`, `<time datetime>`, `<link rel=canonical>`
// and `<html lang>`; the headline falls back to the page's `<h1>`. A field no source states is left
// out, never guessed. Every reading keeps where it came from and what lower sources said instead,
// so the command can print why each value won.
import { articleSchema } from '../content/schema';
import { collapse, textOf } from './dom';

/** Where a value can come from, highest precedence first. */
export const METADATA_SOURCES = ['json-ld', 'open-graph', 'meta', 'time', 'canonical', 'html-lang', 'body'] as const;
export type MetadataSource = (typeof METADATA_SOURCES)[number];

/** The article frontmatter fields a page can state. */
export const METADATA_FIELDS = ['outlet', 'title', 'published', 'url', 'byline', 'language'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** One source's value for one field. */
export interface MetadataCandidate {
  field: MetadataField;
  /** The value, normalised for the frontmatter (whitespace collapsed, `es_ES` → `es-ES`, …). */
  value: string;
  source: MetadataSource;
  /** The property it was read from, e.g. `publisher.name`, `og:site_name`, `<time datetime>`. */
  detail: string;
}

/** A value a source gave that cannot be used, and why. */
export interface RefusedCandidate extends MetadataCandidate {
  reason: string;
}

/** The value a field gets, where from, and what the lower sources said when they disagree. */
export interface MetadataReading extends MetadataCandidate {
  /** Lower-precedence values that differ from the one chosen. */
  overruled: MetadataCandidate[];
}

/** What a page says about itself. */
export interface PageMetadata {
  fields: Partial<Record<MetadataField, MetadataReading>>;
  /** Values found but not usable (not an ISO date, not a full web address, …). */
  refused: RefusedCandidate[];
  /** Headline texts the page gives anywhere (JSON-LD, Open Graph, `<title>`, `<h1>`), to drop a repeated title from the body. */
  titles: string[];
  /** JSON-LD blocks that are not valid JSON (they are skipped). */
  brokenJsonLd: number;
}

/** Options for {@link readMetadata}. */
export interface ReadMetadataOptions {
  /** Address the page was fetched from, to resolve a relative canonical or `og:url`. */
  baseUrl?: string | undefined;
}

/** schema.org types of a news report: NewsArticle and its kin. */
const ARTICLE_TYPE = /^(?:https?:\/\/schema\.org\/)?((News|Reportage|Analysis|Opinion|Review|Background|Report|Satirical|Scholarly|Tech)?Article|(Live)?BlogPosting|Report)$/i;

/** Reads the page's metadata. The DOM is not changed. */
export function readMetadata(document: Document, options: ReadMetadataOptions = {}): PageMetadata {
  const candidates: MetadataCandidate[] = [];
  const refused: RefusedCandidate[] = [];
  const add = (field: MetadataField, raw: unknown, source: MetadataSource, detail: string) => {
    if (typeof raw !== 'string') return;
    const text = collapse(raw);
    if (!text) return;
    const checked = normalise(field, text, options.baseUrl);
    if ('reason' in checked) refused.push({ field, value: text, source, detail, reason: checked.reason });
    else candidates.push({ field, value: checked.value, source, detail });
  };

  const { article, brokenJsonLd, names } = readJsonLd(document);
  if (article) {
    add('outlet', names(article.publisher)[0], 'json-ld', 'publisher.name');
    add('title', str(article.headline), 'json-ld', 'headline');
    add('title', str(article.name), 'json-ld', 'name');
    add('published', str(article.datePublished), 'json-ld', 'datePublished');
    add('url', str(article.url), 'json-ld', 'url');
    const main = article.mainEntityOfPage;
    add('url', typeof main === 'string' ? main : str((main as JsonObject | undefined)?.['@id'] ?? (main as JsonObject | undefined)?.url), 'json-ld', 'mainEntityOfPage');
    add('byline', joinNames(names(article.author)), 'json-ld', 'author.name');
    const language = article.inLanguage;
    add('language', typeof language === 'string' ? language : str((language as JsonObject | undefined)?.alternateName ?? (language as JsonObject | undefined)?.name), 'json-ld', 'inLanguage');
  }

  const meta = metaReader(document);
  add('outlet', meta('og:site_name'), 'open-graph', 'og:site_name');
  add('title', meta('og:title'), 'open-graph', 'og:title');
  add('published', meta('article:published_time'), 'open-graph', 'article:published_time');
  add('url', meta('og:url'), 'open-graph', 'og:url');
  add('byline', meta('article:author'), 'open-graph', 'article:author');
  add('language', meta('og:locale'), 'open-graph', 'og:locale');

  add('byline', meta('author'), 'meta', '<meta name="author">');
  add('published', publishedTime(document), 'time', '<time datetime>');
  add('url', canonical(document), 'canonical', '<link rel="canonical">');
  add('language', document.documentElement?.getAttribute('lang') ?? undefined, 'html-lang', '<html lang>');
  const h1 = document.querySelector('h1');
  if (h1) add('title', textOf(h1), 'body', '<h1>');

  const fields: PageMetadata['fields'] = {};
  for (const field of METADATA_FIELDS) {
    const [first, ...rest] = candidates.filter((c) => c.field === field);
    if (!first) continue;
    const overruled = rest.filter((c, i) => c.value !== first.value && rest.findIndex((o) => o.value === c.value) === i);
    fields[field] = { ...first, overruled };
  }

  const titleTag = document.querySelector('title');
  const titles = [
    ...candidates.filter((c) => c.field === 'title').map((c) => c.value),
    ...(titleTag ? [textOf(titleTag)] : []),
  ];
  return { fields, refused, titles: [...new Set(titles)], brokenJsonLd };
}

type JsonObject = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string | undefined {
  const unique = [...new Set(names.map((n) => collapse(n)).filter(Boolean))];
  if (unique.length <= 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The first NewsArticle-like node of the page's JSON-LD, and a reader of names that follows `@id` references. */
function readJsonLd(document: Document): { article: JsonObject | undefined; brokenJsonLd: number; names: (value: unknown) => string[] } {
  const nodes: JsonObject[] = [];
  let brokenJsonLd = 0;
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const node = value as JsonObject;
      nodes.push(node);
      if (node['@graph']) collect(node['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = (script.textContent ?? '').replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, '');
    try {
      collect(JSON.parse(text));
    } catch {
      brokenJsonLd++;
    }
  }
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const types = (node: JsonObject) => [node['@type']].flat().filter((t): t is string => typeof t === 'string');
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
  const names = (value: unknown): string[] => {
    if (typeof value === 'string') return [decodeEntities(value)];
    if (Array.isArray(value)) return value.flatMap(names);
    if (value && typeof value === 'object') {
      const node = value as JsonObject;
      const target = typeof node['@id'] === 'string' && node.name === undefined ? byId.get(node['@id']) : node;
      return typeof target?.name === 'string' ? [decodeEntities(target.name)] : [];
    }
    return [];
  };
  const decoded = article && Object.fromEntries(Object.entries(article).map(([k, v]) => [k, typeof v === 'string' ? decodeEntities(v) : v]));
  return { article: decoded, brokenJsonLd, names };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
};

/** JSON-LD is not HTML-decoded by the parser, yet CMSs often put character references in it. */
function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Reads `<meta property|name=key content>`, first non-empty, keys compared without case. */
function metaReader(document: Document): (key: string) => string | undefined {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content?.trim() && !values.has(key)) values.set(key, content);
  }
  return (key) => values.get(key);
}

/** The publication `<time datetime>`: one marked as such if any, else the first in the page. */
function publishedTime(document: Document): string | undefined {
  const marked = document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], time.published[datetime]');
  return (marked ?? document.querySelector('time[datetime]'))?.getAttribute('datetime') ?? undefined;
}

function canonical(document: Document): string | undefined {
  for (const link of document.querySelectorAll('link[rel]')) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** A field's value in the form the frontmatter takes, or why it cannot be used. */
function normalise(field: MetadataField, text: string, baseUrl: string | undefined): { value: string } | { reason: string } {
  switch (field) {
    case 'published': {
      const value = text
        .replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/, '$1T$2')
        .replace(/(T[\d:.]+[+-]\d{2})(\d{2})$/, '$1:$2');
      return articleSchema.shape.published.safeParse(value).success ? { value } : { reason: 'is not an ISO date or date-time' };
    }
    case 'url': {
      let value: string;
      try {
        value = new URL(text, baseUrl).href;
      } catch {
        return { reason: baseUrl ? 'is not a web address' : 'is not a full web address' };
      }
      if (!/^https?:$/.test(new URL(value).protocol)) return { reason: 'is not an http or https address' };
      return articleSchema.shape.url.safeParse(value).success ? { value } : { reason: 'is not a full web address' };
    }
    case 'language': {
      const [primary = '', ...rest] = text.replace(/_/g, '-').split('-');
      const value = [primary.toLowerCase(), ...rest].join('-');
      return articleSchema.shape.language.safeParse(value).success ? { value } : { reason: 'is not a BCP 47 language tag' };
    }
    case 'byline': {
      if (/^https?:\/\//i.test(text)) return { reason: 'is a web address, not a name' };
      const value = text.replace(/^by\s+/i, '');
      return value ? { value } : { reason: 'is empty' };
    }
    default:
      return { value: text };
  }
}
