/**
 * Content checks on the real bibliography: one entry per work, and every
 * entry complete enough to cite. A duplicate slips in easily when two sources
 * cite the same guidance under different years or names.
 */
import { describe, expect, it } from 'vitest';
import { loadBibliography } from '../../src/citations/bibliography.ts';
import { bibliographyDir } from '../../src/citations/context.ts';

const items = [...loadBibliography(bibliographyDir).items.values()];

/** Lowercase letters and digits only, so punctuation and case differences do not hide a duplicate. */
const normalise = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

function duplicates(values: [key: string, value: string | undefined][]): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const [key, value] of values) {
    if (!value) continue;
    const earlier = seen.get(value);
    if (earlier) found.push(`${earlier} and ${key}`);
    else seen.set(value, key);
  }
  return found;
}

describe('the bibliography in content/bibliography/', () => {
  it('has no two entries with the same DOI', () => {
    expect(duplicates(items.map((item) => [item.id, item.DOI?.toLowerCase()]))).toEqual([]);
  });

  it('has no two entries with the same title, ignoring case and punctuation', () => {
    expect(duplicates(items.map((item) => [item.id, item.title && normalise(item.title)]))).toEqual([]);
  });

  // A work that names no author is cited by its title, as APA cites it; each
  // one is listed here so an author left out by mistake still fails.
  const citedByTitle = new Set(['examiningcoproduction']);

  it('gives every entry a title, a year (or an explicit "n.d.") and an author or organisation, unless the work names none', () => {
    const incomplete = items
      .filter((item) => !item.title?.trim() || !(item.issued?.['date-parts']?.[0]?.[0] || item.issued?.literal) || !(item.author?.length || item['editor'] || citedByTitle.has(item.id)))
      .map((item) => item.id);
    expect(incomplete).toEqual([]);
  });

  it('leaves out the author only where the work names none', () => {
    expect(items.filter((item) => citedByTitle.has(item.id) && (item.author?.length || item['editor'])).map((item) => item.id)).toEqual([]);
  });

  it('keys every entry by the documented scheme: lowercase surname or organisation, then the year', () => {
    const offScheme = items.map((item) => item.id).filter((key) => !/^[a-z]+(\d{4}[a-z]*)?$/.test(key));
    expect(offScheme).toEqual([]);
  });
});
