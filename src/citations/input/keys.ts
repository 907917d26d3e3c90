/**
 * Citation keys for works whose file gives none a maintainer could type:
 * RIS records have no key, and reference managers' CSL-JSON ids are often
 * database addresses. The site's own scheme (README, "Add a reference"):
 * the first author's surname, or an organisation's name, in lowercase ASCII,
 * then the year; where two works would share a key, the first significant
 * word of the title is added, then a letter.
 */
import type { CslItem } from '../citation-js.ts';

const minorWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'for', 'to', 'with', 'at', 'by', 'from', 'what', 'how', 'why', 'is', 'are']);

const ascii = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * A person's surname; an organisation of three or more words by its
 * initials (National Institute for Health and Care Research: nihcr). An
 * organisation is a literal name, or a surname with no given names, as
 * some exports write one.
 */
function firstName(item: CslItem): string {
  const name = (item.author ?? (item['editor'] as CslItem['author']) ?? [])[0];
  const organisation = name?.literal ?? (name?.given ? undefined : name?.family);
  if (organisation) {
    const words = organisation.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
    return ascii(words.length >= 3 ? words.map((word) => word[0]).join('') : organisation) || 'anon';
  }
  return ascii(name?.family ?? '') || 'anon';
}

function year(item: CslItem): string {
  const parts = item.issued?.['date-parts']?.[0]?.[0];
  return parts === undefined ? 'nd' : String(parts);
}

function titleWord(item: CslItem): string {
  return (item.title ?? '').split(/\s+/).map(ascii).find((word) => word && !minorWords.has(word)) ?? '';
}

/** A key in the site's scheme that is not in `taken`; the caller adds it to `taken`. */
export function schemeKey(item: CslItem, taken: ReadonlySet<string>): string {
  const base = `${firstName(item)}${year(item)}`;
  if (!taken.has(base)) return base;
  const withWord = `${base}${titleWord(item)}`;
  if (!taken.has(withWord)) return withWord;
  for (let letter = 0; ; letter += 1) {
    const candidate = `${withWord}${String.fromCharCode(97 + (letter % 26))}${letter >= 26 ? Math.floor(letter / 26) : ''}`;
    if (!taken.has(candidate)) return candidate;
  }
}
