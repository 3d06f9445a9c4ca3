// @ts-check
import { defineConfig } from 'astro/config';

// Where the site is deployed is a deployment fact, not a code fact: set SITE_URL (origin, used for
// canonical URLs and the sitemap) and BASE_PATH (e.g. /parallax/) in the environment.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build fixture sites side by side; each needs its own cache and output.
  cacheDir: process.env.PARALLAX_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.PARALLAX_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
});
