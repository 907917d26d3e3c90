/**
 * Sorted views of the collections, shared by index pages so every list on the
 * site orders entries the same way.
 */
import { existsSync, readdirSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentPath } from '../config/site-paths.ts';
import { byTitle, guidanceOrder } from './entry-order.ts';

/**
 * A collection a site may not have begun (case studies, evidence
 * summaries): with no page in its folder it is empty without asking Astro,
 * which logs that the collection "does not exist or is empty. Please check
 * your content config file for errors" on every call, and a new site's
 * build printed it half a dozen times.
 */
async function optionalCollection<Name extends 'case-studies' | 'evidence'>(name: Name): Promise<CollectionEntry<Name>[]> {
  const folder = contentPath(name);
  const hasPages = existsSync(folder) && (readdirSync(folder, { recursive: true }) as string[]).some((file) => /\.mdx?$/.test(file));
  return hasPages ? getCollection(name) : [];
}

export async function getTopics() {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

export async function getGuidance() {
  return (await getCollection('guidance')).sort(guidanceOrder);
}

export async function getCaseStudies() {
  return (await optionalCollection('case-studies')).sort(byTitle);
}

export async function getEvidence() {
  return (await optionalCollection('evidence')).sort(byTitle);
}

export async function getGlossary() {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB'));
}

export type Topic = CollectionEntry<'topics'>;
