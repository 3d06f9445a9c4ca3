// robots.txt, generated so the sitemap line carries the deploy's own origin and base path (SITE_URL,
// BASE_PATH), which a static file in public/ cannot know.
import type { APIRoute } from 'astro';
import { url } from '../lib/paths';

/** Allows every crawler everywhere and points it at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
