// The static search index: one folder per content hash (see src/lib/search/build.ts), so every
// file can be cached for good and a content change gives new URLs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '../../data/library';
import { storyUrl } from '../../lib/paths';
import { siteSearchIndex } from '../../lib/search/site';

export const getStaticPaths = (async () => {
  const { hash, files } = siteSearchIndex(await getLibrary(), storyUrl);
  return [...files].map(([name, body]) => ({ params: { file: `${hash}/${name}` }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
