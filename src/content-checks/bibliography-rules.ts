/**
 * What the bibliography needs beyond what the loader checks entry by entry
 * (src/citations/bibliography.ts): one entry per work (an error), and keys
 * in the site's scheme (a warning: the site works with any key, but
 * maintainers find works by it). A duplicate slips in easily when two
 * sources cite one work under different years or names.
 */
import type { Bibliography } from '../citations/bibliography.ts';
import type { Problem } from '../citations/check.ts';
import { schemeKey } from '../citations/input/keys.ts';

/** Lowercase letters and digits only, so punctuation and case differences do not hide a duplicate. */
const normalise = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

export function bibliographyRuleProblems(bibliography: Bibliography): { errors: Problem[]; warnings: Problem[] } {
  const at = (key: string) => ({ path: bibliography.fileOf.get(key) ?? 'content/bibliography', line: bibliography.lineOf?.get(key) ?? 1, column: 1 });
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = { doi: new Map<string, string>(), title: new Map<string, string>() };
  const same = (kind: 'doi' | 'title', value: string | undefined, key: string, what: string) => {
    if (!value) return;
    const earlier = seen[kind].get(value);
    if (!earlier) seen[kind].set(value, key);
    else problems.push({ ...at(key), message: `entry "${key}" has the same ${what} as "${earlier}" (${at(earlier).path}:${at(earlier).line}): one work, entered twice. Keep one entry and change the citations of the other to its key.` });
  };
  const keys = new Set(bibliography.items.keys());
  for (const [key, item] of bibliography.items) {
    same('doi', item.DOI?.toLowerCase(), key, 'DOI');
    same('title', item.title && normalise(item.title), key, 'title');
    if (!/^[a-z]+(\d{4}[a-z]*)?$/.test(key)) warnings.push({ ...at(key), message: `The key "${key}" does not follow the scheme: the first author's surname, or an organisation's short name, in lowercase, then the year (makey2022). Rename it to "${schemeKey(item, keys)}", and its citations.` });
  }
  return { errors: problems, warnings };
}
