/**
 * "Did you mean": Pagefind matches whole words and prefixes, so a query with
 * one wrong letter ("reciprocty") finds nothing. The build writes the words
 * of the indexed text with their counts (see vocabulary.ts); this module maps
 * an unknown query word to the nearest of them, in the browser, without a
 * server.
 */
export type Vocabulary = Readonly<Record<string, number>>;

/** Shorter words than this are left alone: too many real words sit one edit apart. */
const MIN_LENGTH = 4;

/**
 * Words as the index sees them: lower case, split on anything but letters and
 * digits. A hyphenated word also counts joined up, because readers write
 * "codesign" as often as "co-design" (and, in the flagship site,
 * "coproduction" as often as "co-production").
 */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const chunk of text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}'’-]+/u)) {
    const parts = chunk.replace(/['’]/g, '').split('-').filter(Boolean);
    result.push(...parts);
    if (parts.length > 1) result.push(parts.join(''));
  }
  return result.filter((word) => word.length > 0);
}

/**
 * Edit distance counting a swap of neighbouring letters as one edit
 * ("evaulation"), stopping early once it cannot be within `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A word is known when the index has it, or has a longer word starting with
 * it (Pagefind matches prefixes), or has its stem ("evaluations" finds
 * "evaluation"): none of these needs correcting.
 */
function isKnown(word: string, vocabulary: Vocabulary, entries: readonly string[]): boolean {
  if (word in vocabulary) return true;
  return entries.some((known) => known.startsWith(word) || (known.length >= MIN_LENGTH && word.startsWith(known) && word.length - known.length <= 3));
}

/** The likeliest intended word: fewest edits, then the most common in the index. */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const entries = Object.keys(vocabulary);
  if (word.length < MIN_LENGTH || isKnown(word, vocabulary, entries)) return undefined;
  const limit = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const candidate of entries) {
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const count = vocabulary[candidate]!;
    if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && candidate < best.word)))) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word;
}

/** The query with each unknown word corrected, or undefined when nothing changed. */
export function correctQuery(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}'’-]+/gu, (token) => {
    const lower = token.toLowerCase();
    // A hyphenated token is checked whole, as readers type it.
    const fix = correctWord(lower.replace(/['’]/g, '').replace(/-/g, ''), vocabulary);
    if (fix === undefined) return token;
    changed = true;
    return fix;
  });
  return changed ? corrected : undefined;
}
