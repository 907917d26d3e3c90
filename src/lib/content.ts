/**
 * Sorted views of the collections, shared by index pages so every list on the
 * site orders entries the same way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byTitle, guidanceOrder } from './entry-order.ts';

export async function getTopics() {
  return (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
}

export async function getGuidance() {
  return (await getCollection('guidance')).sort(guidanceOrder);
}

export async function getCaseStudies() {
  return (await getCollection('case-studies')).sort(byTitle);
}

export async function getEvidence() {
  return (await getCollection('evidence')).sort(byTitle);
}

export async function getGlossary() {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'en-GB'));
}

export type Topic = CollectionEntry<'topics'>;
