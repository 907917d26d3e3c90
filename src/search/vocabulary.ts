/**
 * The words of the search index, with how often each occurs, for "did you
 * mean" (spelling.ts). Read from Pagefind's own page fragments, so the list
 * holds exactly the text Pagefind indexed: no navigation, no reference lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { words, type Vocabulary } from './spelling.ts';

/** Pagefind writes each fragment as gzip of this signature followed by JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

interface Fragment {
  content: string;
  meta?: Record<string, string>;
}

export function readFragmentTexts(pagefindDir: string): string[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .sort()
    .map((file) => {
      const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const fragment = JSON.parse(raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw) as Fragment;
      return `${fragment.meta?.title ?? ''} ${fragment.content}`;
    });
}

/** Word → count, keys sorted so two builds write the same bytes. */
export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Digits and one-letter words are never worth suggesting.
    for (const word of words(text)) if (word.length > 1 && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
