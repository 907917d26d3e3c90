/**
 * "et al." in a download. The loader keeps BibLaTeX's `and others` (a
 * source's "et al.") as a CSL name "others", which citeproc shows as
 * "et al."; no interchange format has a marker for it that importers
 * honour. BibTeX's `and others` is the nearest, but Zotero's BibTeX import,
 * pandoc and citation-js all read it as a person named "others", and RIS and
 * CSL-JSON have nothing at all. So every download lists only the named
 * people, and says in a note that more were not named: a reader who imports
 * it sees a shorter author list with the reason beside it, never a
 * co-author called "others".
 */
import { isOthers, type CslItem, type CslName } from '../citation-js.ts';

/** What a name list that ended "et al." is called in the note, by CSL variable. */
const listNames: Record<string, string> = { author: 'authors', editor: 'editors', translator: 'translators', 'container-author': 'authors of the container', 'collection-editor': 'series editors' };

const isNameList = (value: unknown): value is CslName[] =>
  Array.isArray(value) && value.length > 0 && value.every((name) => typeof name === 'object' && name !== null && !Array.isArray(name));

/** The note that stands for a list's "et al.", e.g. "Further authors not listed (et al.)". */
export const etAlNote = (variable: string) => `Further ${listNames[variable] ?? 'names'} not listed (et al.)`;

/** `note` with `sentence` after it, as one paragraph: BibTeX styles and RIS importers run a note's lines together. */
const addSentence = (note: unknown, sentence: string) => (typeof note === 'string' && note.trim() ? `${note.trim()}${/[.!?]$/.test(note.trim()) ? '' : '.'} ${sentence}` : sentence);

/** The item with only its named people; each shortened list is said in `note`. */
export function withNamedPeopleOnly(item: CslItem): CslItem {
  const shortened = Object.keys(item).filter((variable) => isNameList(item[variable]) && (item[variable] as CslName[]).some(isOthers));
  if (shortened.length === 0) return item;
  const result: CslItem = { ...item };
  for (const variable of shortened) {
    const named = (item[variable] as CslName[]).filter((name) => !isOthers(name));
    if (named.length > 0) result[variable] = named;
    else delete result[variable];
  }
  result['note'] = addSentence(item['note'], shortened.map(etAlNote).join('. '));
  return result;
}
