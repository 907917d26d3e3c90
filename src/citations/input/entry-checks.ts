/**
 * What every work must be, whatever file it came from, before a reader sees
 * it. A work without a title or with names that could not be read is
 * unusable (an error). Values that reach an attribute are validated here:
 * a DOI must be a DOI and a URL a web address, because content arrives by
 * pull request (README, "Security model"). Multi-valued fields become the
 * single values citeproc expects.
 */
import type { CslItem, CslName } from '../citation-js.ts';
import type { SourceProblem } from './problems.ts';

type EntryProblem = Omit<SourceProblem, 'line' | 'column'>;

/**
 * A DOI is "10." and a registrant code of digits, a slash, and a suffix
 * (DOI Handbook 2.2); reference managers also write it as a doi.org
 * address or with "doi:" in front.
 */
const doiPrefix = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
const doiShape = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

export function normaliseDoi(value: string): string | undefined {
  let doi = value.trim().replace(doiPrefix, '');
  if (/%[0-9A-Fa-f]{2}/.test(doi)) {
    try {
      doi = decodeURIComponent(doi);
    } catch {
      return undefined;
    }
  }
  return doiShape.test(doi) ? doi : undefined;
}

/** Only web addresses: a javascript: or data: URL in a bibliography would run or load code from a reference. */
export function webAddress(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const authoredTypes = new Set(['article-journal', 'article-magazine', 'article-newspaper', 'book', 'chapter', 'thesis', 'paper-conference']);

const lower = (name: string) => name[0]!.toLowerCase() + name.slice(1);

const nameRoles = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'director', 'interviewer', 'recipient', 'reviewed-author', 'composer', 'illustrator'] as const;

/**
 * Checks one work; returns it ready for citeproc, or no item when an error
 * makes it unusable. `name` is how messages refer to it ('Entry "x"', 'Record 3').
 */
export function checkEntry(key: string, item: CslItem, name = `Entry "${key}"`): { item?: CslItem; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const error = (message: string, field?: string) => problems.push({ severity: 'error', message, ...(field ? { field } : {}) });
  const checked: CslItem = { ...item, id: key };

  if (typeof checked.title !== 'string' || !checked.title.trim()) error(`${name} has no title. Add a title field.`, 'title');

  // Usable, but a reader of the reference misses what a citation is made of;
  // undated and anonymous works exist, so these are warnings.
  const warning = (message: string) => problems.push({ severity: 'warning', message });
  const issued = checked.issued as (CslItem['issued'] & { raw?: string }) | undefined;
  const year = issued?.['date-parts']?.[0]?.[0] ?? /\b\d{4}\b/.exec(issued?.literal ?? issued?.raw ?? '')?.[0];
  // A date written as text ("n.d.") says the work is undated; only a missing date is questionable.
  if ((year === undefined || String(year).trim() === '') && !issued?.literal && !/^n\.?\s*d\.?$/i.test(issued?.raw ?? '')) warning(`${name} has no year, so citations of it show "n.d." (no date). Add its year if the work has one, or write year = {n.d.} if it has none.`);
  // Web pages and other documents are often anonymous; a journal article, book or thesis rarely is.
  if (authoredTypes.has(String(checked.type)) && !nameRoles.some((role) => (checked[role] as CslName[] | undefined)?.length)) warning(`${name} has no author or editor, so citations of it show its title instead. Add who wrote it, a person or an organisation, if that is known.`);

  const unreadable = nameRoles.filter((role) => (checked[role] as CslName[] | undefined)?.some((name) => !name.family && !name.given && !name.literal));
  if (unreadable.length > 0) error(`${name} has ${unreadable.join(' and ')} names that could not be read. Write each name as "Surname, Given names", separated by " and ", with no < > or other markup.`, unreadable[0]);

  if (checked.DOI !== undefined) {
    const doi = normaliseDoi(String(checked.DOI));
    if (doi) checked.DOI = doi;
    else error(`The doi of ${lower(name)} is not a DOI: "${String(checked.DOI)}". A DOI starts "10.", a number and a slash, e.g. 10.7748/nm.2022.e2046; correct it or remove the field.`, 'doi');
  }
  if (checked.URL !== undefined) {
    const url = webAddress(String(checked.URL));
    if (url) checked.URL = url;
    else error(`The url of ${lower(name)} is not a web address: "${String(checked.URL)}". Write the full address, starting https://, or remove the field.`, 'url');
  }

  // citation-js reads BibLaTeX list fields (language = {english and french})
  // as arrays; citeproc expects one string and fails on an array. A work's
  // language is its first; other lists read as one value.
  for (const [field, value] of Object.entries(checked)) {
    if (!Array.isArray(value) || !value.every((part) => typeof part === 'string')) continue;
    checked[field] = field === 'language' ? value[0] : value.join('; ');
  }

  return problems.some((problem) => problem.severity === 'error') ? { problems } : { item: checked, problems };
}
