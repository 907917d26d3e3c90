/**
 * Pagefind returns only pages holding every word of a query, so a question
 * typed as a reader would ask it ("survey staff before starting") can miss
 * the page that holds all but one. When few pages hold every word, the search
 * page also lists pages holding some of them: the most words first, then the
 * strongest matches.
 */

/** Words that carry no topic of their own; a page need not contain them. */
const STOP_WORDS = new Set(
  'a about an and are as at be been but by can could do does did for from get got has have how i if in into is it its me my of on or our should so than that the their them there these they this to us was we what when where which who why will with would you your'.split(' '),
);

/** The distinct topic words of a query, as typed (hyphens kept). */
export function significantWords(query: string): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return [...new Set(words.filter((word) => word.replace(/-/g, '').length > 1 && !STOP_WORDS.has(word)))];
}

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Pages from one search per word, ranked by how many of the words each
 * holds, then by its scores (each word's scores divided by that word's best,
 * so a common word does not outweigh a rare one). Pages in `exclude` (already
 * listed because they hold every word) are left out.
 */
export function rankPartialMatches<R extends ScoredResult>(perWord: readonly (readonly R[])[], exclude: ReadonlySet<string>): R[] {
  const tally = new Map<string, { result: R; words: number; score: number }>();
  for (const results of perWord) {
    const best = results[0]?.score || 1;
    for (const result of results) {
      if (exclude.has(result.id)) continue;
      const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += result.score / best;
      tally.set(result.id, entry);
    }
  }
  return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score || (a.result.id < b.result.id ? -1 : 1)).map((entry) => entry.result);
}
