/**
 * Ids and labels of a vocabulary's values. Apart from the schema
 * (src/schemas/vocabularies.ts) so the search page's script, which labels
 * filters, does not bundle zod.
 */
import type { Vocabulary } from '../schemas/vocabularies.ts';

/** The file, relative to content/. */
export const vocabulariesFile = 'vocabularies.yaml';

/** The ids of a vocabulary, in its order, as zod's enum takes them. */
export const idsOf = (vocabulary: Vocabulary) => vocabulary.values.map((entry) => entry.id) as [string, ...string[]];

/** Id → label, in the vocabulary's order. */
export const labelsOf = (vocabulary: Vocabulary): Record<string, string> => Object.fromEntries(vocabulary.values.map((entry) => [entry.id, entry.label]));
