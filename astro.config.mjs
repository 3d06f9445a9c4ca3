// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Where the site is deployed is a deployment fact, not a code fact: set SITE_URL (origin, used for
// canonical URLs and the sitemap) and BASE_PATH (e.g. /parallax/) in the environment.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Pages are built as folders (stories/x/index.html) and every link we write ends in a slash, so
  // the build is the same either way; 'ignore' lets `astro dev` and `astro preview` answer as a
  // static host does: /stories/x/figures reaches its page, and endpoints named with an extension
  // (/api/stories/x.json, search/<hash>/manifest.json) answer without a slash under `astro dev`
  // (with 'always', a dynamic route's pattern demands one there, though the build has none).
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Tests build fixture sites side by side; each needs its own cache and output.
  cacheDir: process.env.PARALLAX_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.PARALLAX_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // Lists every page (not the JSON endpoints, not 404) under SITE_URL + BASE_PATH; robots.txt points here.
  integrations: [sitemap()],
  experimental: {
    // A strict Content-Security-Policy <meta> on every page: Astro hashes each script and style it
    // emits, so nothing inline that it did not write (an injected <script>, an onerror=) can run.
    // The directives below close everything else: only same-origin fetches, images and forms, no
    // plugins, no <base> hijacking. frame-ancestors and report-uri are ignored in a <meta> policy,
    // so they belong in the host's response headers if the host allows setting them.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
});
