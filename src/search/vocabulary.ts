/**
 * The words of the search index, with how often each occurs, for "did you
 * mean" (spelling.ts). Read from Pagefind's own page fragments, so the list
 * holds exactly the text Pagefind indexed: no navigation, no reference lists.
 */
import { pageRecords } from './fragments.ts';
import { words, type Vocabulary } from './spelling.ts';

/** The indexed text of every page, title first. */
export function* readIndexedTexts(pagefindDir: string): Generator<string> {
  for (const record of pageRecords(pagefindDir)) yield `${record.meta?.title ?? ''} ${record.content}`;
}

/** Word → count, keys sorted so two builds write the same bytes. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Digits and one-letter words are never worth suggesting.
    for (const word of words(text)) if (word.length > 1 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
