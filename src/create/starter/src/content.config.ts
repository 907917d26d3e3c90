// Astro looks for a site's content collections here; the generator defines them.
export { collections } from 'evidence-site/collections';
