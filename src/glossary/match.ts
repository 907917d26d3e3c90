/**
 * Finds glossary terms in plain text. Acronyms (all capitals, like NHS or
 * EBCD) match only in capitals, so "ft" or "comb" never match; other terms
 * match in any case. Longer phrases win ("experience-based co-design" before
 * "co-design"), and a match must be a whole word.
 */
import type { GlossaryTerm } from './terms.ts';

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

export interface TermMatcher {
  find(text: string): TermMatch[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (phrase: string) => /^[A-Z][A-Z0-9&-]{1,7}$/.test(phrase);

export function termMatcher(terms: GlossaryTerm[]): TermMatcher {
  const byPhrase = new Map<string, { id: string; phrase: string }>();
  for (const { id, phrases } of terms) {
    for (const phrase of phrases) {
      const key = phrase.toLowerCase();
      if (!byPhrase.has(key)) byPhrase.set(key, { id, phrase });
    }
  }
  const alternatives = [...byPhrase.values()].map(({ phrase }) => phrase).sort((a, b) => b.length - a.length).map(escape);
  if (alternatives.length === 0) return { find: () => [] };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

  return {
    find(text) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const entry = byPhrase.get(match[0].toLowerCase())!;
        if (isAcronym(entry.phrase) && match[0] !== entry.phrase) continue;
        matches.push({ id: entry.id, start: match.index, end: match.index + match[0].length });
      }
      return matches;
    },
  };
}
