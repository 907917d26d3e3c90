/** Every message the citation pipeline gives maintainers, in one place so tests can pin them. */
import { closestKeys } from './suggest.ts';

export const ruleIds = {
  unknownKey: 'unknown-citation-key',
} as const;

export function unknownKeyMessage(key: string, known: Iterable<string>): string {
  const suggestions = closestKeys(key, known);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `@${s}`).join(', ')}?` : '';
  return `Unknown citation key "@${key}": no entry in content/bibliography/ has this key.${hint} Add the work to a .bib file, fix the key, or write \\@ for a literal @.`;
}
