// The JSON API: every story and article document validates against the committed schemas, every
// fact span is the source text at its offsets, and every link points at a paragraph that exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, inject, it } from 'vitest';
import { parseArticle } from '../../src/lib/parse/parseArticle';
import { readMarkdown } from '../support/content';
import { $$, readPage } from '../support/html';
import { ROOT } from '../support/site';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validateStory = ajv.compile(readJson(join(ROOT, 'public/schemas/story.schema.json')));
const validateArticle = ajv.compile(readJson(join(ROOT, 'public/schemas/article.schema.json')));

const dist = () => inject('distDir');
const storyIds = () => readdirSync(join(dist(), 'api/stories')).map((f) => f.replace(/\.json$/, ''));
const CONTENT = join(ROOT, 'content/articles');

interface Span {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Every span anywhere in a fact (mentions, counted and speaker spans). */
function spansOf(fact: Record<string, unknown>): Span[] {
  const spans = [...(fact.mentions as Span[])];
  for (const key of ['countedSpan', 'speakerSpan']) if (fact[key]) spans.push(fact[key] as Span);
  return spans;
}

describe('story API', () => {
  it('publishes one document per story and the schemas themselves', () => {
    expect(storyIds()).toContain('2023-12-27-mexico-city-migration-talks');
    expect(readJson(join(dist(), 'schemas/story.schema.json')).title).toBeTruthy();
    expect(readJson(join(dist(), 'schemas/article.schema.json')).title).toBeTruthy();
  });

  it('validates against public/schemas/story.schema.json', () => {
    for (const id of storyIds()) {
      const document = readJson(join(dist(), `api/stories/${id}.json`));
      expect(validateStory(document), `${id}: ${ajv.errorsText(validateStory.errors)}`).toBe(true);
    }
  });

  it('links every mention and aligned paragraph to an id on the story page', () => {
    for (const id of storyIds()) {
      const document = readJson(join(dist(), `api/stories/${id}.json`));
      const ids = new Set($$(readPage(dist(), `stories/${id}/`), '[id]').map((el) => String(el.properties.id)));
      const hrefs = (JSON.stringify(document).match(/"href":"[^"]*"/g) ?? []).map((h) => h.slice(8, -1));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href.startsWith(document.story.page), href).toBe(true);
        expect(ids.has(href.slice(href.indexOf('#') + 1)), href).toBe(true);
      }
    }
  });

  it('reports the seed story’s people across both outlets with each outlet’s title', () => {
    const document = readJson(join(dist(), 'api/stories/2023-12-27-mexico-city-migration-talks.json'));
    const shared = document.people.filter((p: { status: string }) => p.status === 'shared');
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const person of shared) expect(new Set(person.entries.map((e: { article: string }) => e.article)).size).toBe(2);
    expect(document.figures.some((f: { status: string }) => f.status === 'conflict')).toBe(true);
  });
});

describe('article API', () => {
  const documents = () =>
    storyIds().flatMap((story) =>
      readdirSync(join(dist(), 'api/articles', story)).map((file) => ({
        story,
        article: file.replace(/\.json$/, ''),
        document: readJson(join(dist(), 'api/articles', story, file)),
      })),
    );

  it('validates against public/schemas/article.schema.json', () => {
    expect(documents().length).toBeGreaterThanOrEqual(2);
    for (const { article, document } of documents()) {
      expect(validateArticle(document), `${article}: ${ajv.errorsText(validateArticle.errors)}`).toBe(true);
    }
  });

  it('gives every span exactly as the paragraph text at its offsets, paragraphs as parsed from the content file', () => {
    for (const { story, article, document } of documents()) {
      const source = readMarkdown(join(CONTENT, story, `${article}.md`)).body;
      const paragraphs = parseArticle(source, (block) => `${article}-${block}`).paragraphs;
      expect(document.paragraphs.map((p: { text: string }) => p.text)).toEqual(paragraphs.map((p) => p.text));
      for (const fact of document.facts) {
        for (const span of spansOf(fact)) {
          const text = paragraphs.find((p) => p.index === span.paragraph)?.text;
          expect(text?.slice(span.start, span.end), `${article} ${fact.id}`).toBe(span.text);
        }
      }
    }
  });
});
