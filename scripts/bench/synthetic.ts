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

const surnames = ['Adams', 'Bennett', 'Chowdhury', 'Davies', 'Evans', 'Fraser', 'Gupta', 'Hughes', 'Iqbal', 'Jones', 'Kaur', 'Lewis', 'Morgan', 'Nwosu', 'Okafor', 'Patel', 'Quinn', 'Roberts', 'Singh', 'Thomas', 'Usman', 'Vaughan', 'Walsh', 'Young', 'Zhang'];
const words = ['co-production', 'patients', 'staff', 'services', 'power', 'community', 'design', 'care', 'evaluation', 'relationships', 'trust', 'inclusion', 'leadership', 'culture', 'learning', 'research', 'outcomes', 'engagement'];

export function syntheticBibliography(size: number, seed = 1): CslItem[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, index) => {
    const authors = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({ family: pick(surnames), given: String.fromCharCode(65 + Math.floor(next() * 26)) + '.' }));
    const year = 1995 + Math.floor(next() * 30);
    return {
      id: `${authors[0]!.family.toLowerCase()}${year}w${index}`,
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

/** Markdown pages with headings, lists, a table and `citationsPerPage` citations in every syntax form. */
export function syntheticPages(count: number, keys: string[], citationsPerPage: [number, number], seed = 2): string[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => `${pick(words)[0]!.toUpperCase()}${Array.from({ length: 10 + Math.floor(next() * 10) }, () => pick(words)).join(' ').slice(1)}`;
  const forms = [
    () => `[@${pick(keys)}]`,
    () => `[@${pick(keys)}; @${pick(keys)}]`,
    () => `[@${pick(keys)}, p. ${1 + Math.floor(next() * 300)}]`,
    () => `[see @${pick(keys)}, pp. ${10 + Math.floor(next() * 50)}-${70 + Math.floor(next() * 50)} for examples]`,
    () => `[-@${pick(keys)}]`,
    () => `@${pick(keys)} found that`,
    () => `[@${pick(keys)}, ch. ${1 + Math.floor(next() * 9)}]`,
  ];
  return Array.from({ length: count }, (_, page) => {
    const [min, max] = citationsPerPage;
    const citations = min + Math.floor(next() * (max - min + 1));
    const blocks = [`# Synthetic page ${page}`];
    for (let i = 0; i < citations; i += 1) {
      if (i % 4 === 0) blocks.push(`## ${sentence()}`);
      if (i % 5 === 3) blocks.push(`| Point | Source |\n| --- | --- |\n| ${sentence()} | ${pick(forms)()} |`);
      else if (i % 3 === 1) blocks.push(`- ${sentence()} ${pick(forms)()}.\n- ${sentence()}.`);
      else blocks.push(`${sentence()}. ${sentence()} ${pick(forms)()}. ${sentence()}.`);
    }
    return blocks.join('\n\n');
  });
}
