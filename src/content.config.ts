// Astro looks for a site's content collections here, in its src/; they are the generator's (src/collections.ts).
export { collections } from './collections.ts';
