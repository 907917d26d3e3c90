/**
 * The id (and so the URL slug) of a content entry: its frontmatter `slug`,
 * or its path in the collection folder, slugged segment by segment (Astro's
 * own rule). The content collections and the build's page check both use
 * this, so they cannot disagree about where a file is published.
 */
import { slug as githubSlug } from 'github-slugger';

export function entryId(entry: string, data: { slug?: unknown }): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  return entry
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
