/** Every message the citation pipeline gives maintainers, in one place so tests can pin them. */
import { closestCitationKeys } from './suggest.ts';

/** In text keys are written "@key"; in frontmatter lists, bare. */
function didYouMean(key: string, known: Iterable<string>, sigil: '@' | ''): string {
  const suggestions = closestCitationKeys(key, known);
  return suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `${sigil}${s}`).join(', ')}?` : '';
}

export function unknownKeyMessage(key: string, known: Iterable<string>): string {
  return `Unknown citation key "@${key}": no entry in content/bibliography/ has this key.${didYouMean(key, known, '@')} Add the work to a .bib file, fix the key, or write \\@ for a literal @.`;
}

export function unknownFrontmatterKeyMessage(field: string, key: string, known: Iterable<string>): string {
  return `Unknown citation key "${key}" in ${field}: no entry in content/bibliography/ has this key.${didYouMean(key, known, '')} Add the work to a .bib file or fix the key.`;
}

export const citationInLinkMessage =
  'A citation inside link text. A citation is itself a link to its reference, and a link cannot hold another: move the citation out of the brackets, e.g. [the guidance](/guidance/power/) [@makey2022].';
