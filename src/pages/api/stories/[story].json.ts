// /api/stories/<story-id>.json: the story, its articles and their comparison (see public/schemas/story.schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, getStory } from '../../../data/library';
import { buildStoryDocument } from '../../../lib/api/story';
import { compareStory } from '../../../lib/compare';

export const getStaticPaths = (async () => (await getLibrary()).map(({ story }) => ({ params: { story: story.id } }))) satisfies GetStaticPaths;

/** The story document as JSON. */
export const GET: APIRoute = async ({ params }) => {
  const { story, articles } = await getStory(params.story!);
  const document = buildStoryDocument(story, story.articles, compareStory(articles));
  return new Response(JSON.stringify(document, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
