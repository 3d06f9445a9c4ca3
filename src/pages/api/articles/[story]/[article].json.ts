// /api/articles/<story-id>/<article-id>.json: an article's metadata, paragraphs and facts with provenance
// (see public/schemas/article.schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, getStory } from '../../../../data/library';
import { buildArticleDocument } from '../../../../lib/api/article';

export const getStaticPaths = (async () =>
  (await getLibrary()).flatMap(({ story, articles }) =>
    articles.map(({ article }) => ({ params: { story: story.id, article: article.id } })),
  )) satisfies GetStaticPaths;

/** The article document as JSON. */
export const GET: APIRoute = async ({ params }) => {
  const { story, articles } = await getStory(params.story!);
  const analyzed = articles.find((a) => a.article.id === params.article)!;
  const document = buildArticleDocument(analyzed.article, story, analyzed.paragraphs, analyzed.facts);
  return new Response(JSON.stringify(document, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
