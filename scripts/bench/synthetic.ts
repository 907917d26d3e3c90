/**
 * A deterministic synthetic bibliography and pages full of citations, for
 * benchmarks. Seeded, so every run measures the same corpus.
 */
import type { CslItem } from '../../src/citations/citation-js.ts';

/** mulberry32: small, fast and good enough to vary benchmark text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stems = ['Adams', 'Bennett', 'Chowdhury', 'Davies', 'Evans', 'Fraser', 'Gupta', 'Hughes', 'Iqbal', 'Jones', 'Kaur', 'Lewis', 'Morgan', 'Nwosu', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Thomas', 'Usman', 'Vaughan', 'Walsh', 'Young', 'Zhang'];
/**
 * 200 surnames: a bibliography of a few hundred works has some authors in
 * common and many more who are not (the knowledge base's 59 works have 112
 * names, 5 of them shared). With 25 names for 300 works, and a new person
 * for every author of every work, nearly every page cited two different
 * people with one surname, which no real reading list does, and which is
 * the case that makes citeproc disambiguate and so costs most.
 */
const surnames = stems.flatMap((stem) => ['', 'son', 'ley', 'ford', 'well', 'wood', 'ton', 'by'].map((ending) => stem + ending));
const words = ['co-production', 'patients', 'staff', 'services', 'power', 'community', 'design', 'care', 'evaluation', 'relationships', 'trust', 'inclusion', 'leadership', 'culture', 'learning', 'research', 'outcomes', 'engagement'];

/** 0 → "a", 25 → "z", 26 → "ba": a unique suffix that keeps keys in the bibliography's scheme (surname, year, letters). */
const letters = (index: number): string => (index >= 26 ? letters(Math.floor(index / 26)) : '') + String.fromCharCode(97 + (index % 26));

export function syntheticBibliography(size: number, seed = 1): CslItem[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  // Authors write several works: 240 people, so some surnames belong to two.
  const people = Array.from({ length: 240 }, (_, index) => ({ family: surnames[index % surnames.length]!, given: String.fromCharCode(65 + Math.floor(next() * 26)) + '.' }));
  return Array.from({ length: size }, (_, index) => {
    const authors = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(people));
    const year = 1995 + Math.floor(next() * 30);
    return {
      id: `${authors[0]!.family.toLowerCase()}${year}${letters(index)}`,
      type: 'article-journal',
      title: Array.from({ length: 6 + Math.floor(next() * 6) }, () => pick(words)).join(' '),
      author: authors,
      'container-title': `Journal of ${pick(words)}`,
      volume: String(1 + Math.floor(next() * 40)),
      page: `${10 + Math.floor(next() * 100)}-${120 + Math.floor(next() * 100)}`,
      issued: { 'date-parts': [[year]] },
      DOI: `10.5555/synthetic.${index}`,
    };
  });
}

/** One generator per citation syntax pandoc accepts, so every form is exercised. */
export const citationForms = ['bracketed', 'two keys', 'page locator', 'prefix and suffix', 'prefix with two keys', 'author suppressed', 'in-text', 'chapter locator'] as const;

/**
 * Markdown pages with headings, lists, tables and `citationsPerPage`
 * citations in every syntax form. `proseParagraphs` uncited paragraphs after
 * each cited block bring a page to the length of real guidance (about 8 KB).
 */
export function syntheticPages(count: number, keys: string[], citationsPerPage: [number, number], seed = 2, proseParagraphs = 0): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const text = Array.from({ length: 10 + Math.floor(next() * 10) }, () => pick(words)).join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => `${sentence()}.`).join(' ');
  const forms: Record<(typeof citationForms)[number], () => string> = {
    bracketed: () => `[@${pick(keys)}]`,
    'two keys': () => `[@${pick(keys)}; @${pick(keys)}]`,
    'page locator': () => `[@${pick(keys)}, p. ${1 + Math.floor(next() * 300)}]`,
    'prefix and suffix': () => `[see @${pick(keys)}, pp. ${10 + Math.floor(next() * 50)}-${70 + Math.floor(next() * 50)} for examples]`,
    'prefix with two keys': () => `[see @${pick(keys)}; @${pick(keys)}]`,
    'author suppressed': () => `[-@${pick(keys)}]`,
    'in-text': () => `@${pick(keys)} found that`,
    'chapter locator': () => `[@${pick(keys)}, chap. ${1 + Math.floor(next() * 9)}]`,
  };
  // Round robin from a random start: every form appears on any page with 8+ citations.
  const citation = (start: number, i: number) => forms[citationForms[(start + i) % citationForms.length]!]();
  return Array.from({ length: count }, () => {
    const [min, max] = citationsPerPage;
    const citations = min + Math.floor(next() * (max - min + 1));
    const start = Math.floor(next() * citationForms.length);
    const blocks: string[] = [];
    for (let i = 0; i < citations; i += 1) {
      if (i % 4 === 0) blocks.push(`## ${sentence()}`);
      if (i % 5 === 3) blocks.push(`| Point | Source |\n| --- | --- |\n| ${sentence()} | ${citation(start, i)} |\n| ${sentence()} | none |`);
      else if (i % 3 === 1) blocks.push(`- ${sentence()} ${citation(start, i)}.\n- ${sentence()}.\n- ${sentence()}.`);
      else blocks.push(`${sentence()}. ${sentence()} ${citation(start, i)}. ${sentence()}.`);
      for (let p = 0; p < proseParagraphs; p += 1) blocks.push(paragraph());
    }
    return blocks.join('\n\n');
  });
}

export interface SyntheticGuidance {
  slug: string;
  title: string;
  summary: string;
  body: string;
}

/** Guidance-like pages: a title, an answer-first summary and a body of realistic length with 3-10 citations. */
export function syntheticGuidance(count: number, keys: string[], seed = 3): SyntheticGuidance[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const bodies = syntheticPages(count, keys, [3, 10], seed + 1, 2);
  return bodies.map((body, index) => {
    const number = String(index + 1).padStart(5, '0');
    const topic = Array.from({ length: 3 }, () => pick(words)).join(' ');
    return {
      slug: `page-${number}`,
      title: `Synthetic guidance ${number}: ${topic}`,
      summary: `What the sources say about ${topic}, and what ${pick(words)} and ${pick(words)} mean for services that want to work as equal partners.`,
      body,
    };
  });
}
