/**
 * Flesch-Kincaid grade level of plain English text: roughly the US school
 * grade (UK year minus one) needed to read it easily. Syllables are counted
 * by vowel groups with the usual English corrections; good enough to rank
 * pages and spot the hard ones, not to grade a single sentence exactly.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, '');
  if (lower.length === 0) return 0;
  if (lower.length <= 3) return 1;
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function fleschKincaid(text: string): Readability {
  // Hyphenated words count as one word; numbers and percentages as one short word.
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.filter((w) => /\p{L}|\p{N}/u.test(w)) ?? [];
  const sentences = Math.max(1, text.split(/[.!?]+(?=\s|$)|\n{2,}/).filter((s) => /\p{L}/u.test(s)).length);
  const syllables = words.reduce((sum, word) => sum + (/^\p{N}/u.test(word) ? 1 : word.split('-').reduce((n, part) => n + countSyllables(part), 0)), 0);
  const grade = words.length === 0 ? 0 : 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}
