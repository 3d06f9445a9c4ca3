import { glob, type Loader } from 'astro/loaders';
import { checkedLoader } from './checkedLoader';
import { storyFrontmatter } from './schema';

/** Options for {@link storyLoader}. */
export interface StoryLoaderOptions {
  /** Folder holding one `<story-id>.md` per story, relative to the project root. */
  base: string;
}

/** A glob loader over `<story-id>.md` whose bad frontmatter stops the build with a ContentError per field. */
export function storyLoader({ base }: StoryLoaderOptions): Loader {
  return checkedLoader(glob({ base, pattern: '*.{md,markdown}' }), storyFrontmatter);
}
