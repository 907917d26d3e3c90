/**
 * BibTeX downloads, written by citation-js's BibTeX output and corrected
 * where a re-import (our loader, citation-js, pandoc, Zotero) would read
 * something else than the site shows.
 *
 * - Classic BibTeX (`journal`, `year`, `@techreport`), which every reference
 *   manager reads; BibLaTeX tools read it too. A web page is BibLaTeX's
 *   @online, which classic BibTeX has no type for (entryType).
 * - UTF-8 text with only LaTeX's special characters escaped, as Zotero
 *   writes by default. citation-js's ASCII-only mode left out every
 *   character it has no LaTeX command for (Greek capitals, CJK, "≥") and
 *   broke accents on math.
 * - Titles: citation-js braces capitals after a title's first letter, so a
 *   sentence-case title survives the sentence-casing that BibTeX importers
 *   apply; a lowercase word that starts a sentence or subtitle ("…: the
 *   importance") is braced too, or pandoc capitalises it.
 * - Keys are the site's keys, so a work is cited by the same key everywhere.
 * - What citation-js leaves out is added: a text date (year = {n.d.}), the
 *   access date (urldate, as Zotero writes it) and a container that is not a
 *   journal or book, such as a web page's site (journal, as Zotero writes it).
 */
import { plugins, type CslItem, type CslName } from '../citation-js.ts';
import { withNamedPeopleOnly } from './et-al.ts';

const latexSpecials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX value: LaTeX's special characters escaped, a no-break space as LaTeX's `~`. */
const escapeLatex = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (char) => latexSpecials[char]!).replace(/\u00a0/g, '~');

/** Fields written verbatim (BibTeX reads URLs and DOIs as they are), and the keys. */
const verbatim = new Set(['id', 'citation-key', 'URL', 'DOI']);

/** CSL fields that citation-js writes as BibTeX titles (title, booktitle, series), which importers sentence-case. */
const titleFields = ['title', 'container-title', 'collection-title', 'volume-title'];

/**
 * A lowercase word at the start of the title or after the end of a sentence
 * or a colon, possibly after an opening quote or markup. pandoc capitalises
 * it when it reads BibTeX ("Living labs: University campuses"); citation-js
 * and the site keep it as written.
 */
const sentenceStart = /(^|[.?!:][’”'")\]]*\s+)((?:<[^>]+>|[‘“"'([])*)(\p{Ll}[^\s<]*)/gu;
const nocase = (word: string) => `<span class="nocase">${word}</span>`;

/**
 * A word with a capital outside A–Z, after the title's first word ("in
 * Österreich"): citation-js braces only ASCII capitals, and importers
 * lowercased the rest. Markup tags are left as they are.
 */
function withOtherCapitalsKept(title: string): string {
  let started = false;
  return title
    .split(/(<[^>]+>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(/[\p{L}\p{M}\p{N}'’-]+/gu, (word) => {
            const keep = started && /[^\P{Lu}A-Z]/u.test(word);
            started = true;
            return keep ? nocase(word) : word;
          }),
    )
    .join('');
}

const keepCase = (title: string) => withOtherCapitalsKept(title.replace(sentenceStart, (_, before: string, opening: string, word: string) => `${before}${opening}${nocase(word)}`));

/**
 * A name's parts escaped. A surname of several words with a lowercase one
 * ("Vázques de Parga") is braced: BibTeX would read the lowercase word as a
 * particle and keep only "Parga" as the surname.
 */
function escapeName(name: CslName): CslName {
  const escaped: CslName = Object.fromEntries(Object.entries(name).map(([part, value]) => [part, typeof value === 'string' ? escapeLatex(value) : value]));
  if (escaped.family && name.given && /\s\p{Ll}/u.test(escaped.family)) escaped.family = `{${escaped.family}}`;
  return escaped;
}

/** The item as citation-js should write it: text escaped, sentence starts kept lowercase. */
function escapeItem(item: CslItem): CslItem {
  const escaped: CslItem = { ...item };
  for (const [field, value] of Object.entries(item)) {
    if (verbatim.has(field)) continue;
    if (typeof value === 'string') escaped[field] = escapeLatex(titleFields.includes(field) ? keepCase(value) : value);
    else if (Array.isArray(value) && value.every((name) => typeof name === 'object' && name !== null)) escaped[field] = (value as CslName[]).map(escapeName);
  }
  return escaped;
}

/** A BibTeX key has no spaces, commas, braces or characters BibTeX or LaTeX treat specially. */
const unsafeInKey = /[\s,{}()=#%"'\\~]/g;
const bibtexKey = (item: CslItem) => String(item['citation-key'] ?? item.id).replace(unsafeInKey, '') || 'work';

type DateValue = { 'date-parts'?: (number | string)[][]; literal?: string; raw?: string };
const isoDate = (date: DateValue | undefined) =>
  date?.['date-parts']?.[0]
    ?.filter((part) => part !== undefined && part !== '')
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');

interface Entry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** BibTeX's month macros, written without braces (`month = mar`) so that BibTeX styles print the month's name. */
const monthMacros = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const bookTypes = new Set(['book', 'mvbook', 'collection', 'proceedings', 'manual']);

/** citation-js's BibTeX output, as entries whose values are BibTeX source. */
const entriesOf = (items: CslItem[]) => plugins.output.format('bibtex', items, { format: 'object' }) as Entry[];

/** `container` written as citation-js writes a journal (plain text) or a book title (capitals braced). */
const containerAs = (field: 'journal' | 'booktitle', container: string) =>
  entriesOf([{ id: 'container', type: field === 'journal' ? 'article-journal' : 'chapter', 'container-title': container }])[0]!.properties[field]!;

/** What citation-js leaves out of an entry, added from the (escaped) item it came from. */
function completeEntry(entry: Entry, item: CslItem): Entry {
  const properties = { ...entry.properties };
  const issued = item.issued as DateValue | undefined;
  const literalDate = issued?.literal ?? (issued?.['date-parts'] ? undefined : issued?.raw);
  if (literalDate && properties['year'] === undefined) properties['year'] = escapeLatex(literalDate);
  // citation-js writes the day into month ("mar 9"), which pandoc does not read.
  const [, month, day] = issued?.['date-parts']?.[0] ?? [];
  delete properties['month'];
  if (month) properties['month'] = monthMacros[Number(month) - 1] ?? String(month);
  if (month && day) properties['day'] = String(day);
  // Importers sentence-case the titles of English works, and of works with no language.
  if (typeof item['language'] === 'string') properties['langid'] = item['language'];
  const accessed = isoDate(item['accessed'] as DateValue | undefined);
  if (accessed) properties['urldate'] = accessed;
  const container = item['container-title'];
  if (typeof container === 'string' && !['journal', 'booktitle'].some((field) => field in properties)) {
    // A book's container is the multi-volume work (BibLaTeX's maintitle);
    // anything else's, such as a web page's site, goes where Zotero's BibTeX
    // export writes a website's title.
    if (bookTypes.has(entry.type)) properties['maintitle'] = containerAs('booktitle', container);
    else properties['journal'] = containerAs('journal', container);
  }
  // citation-js writes a web page's address in howpublished as well as in
  // url, for BibTeX styles without a url field; pandoc reads howpublished as
  // the publisher, and printed the address twice.
  if (properties['howpublished'] === properties['url']) delete properties['howpublished'];
  return { type: entryType(entry, item, properties), label: bibtexKey(item), properties };
}

/**
 * citation-js writes a chapter as @inbook, which BibTeX's standard styles
 * read as pages of a book whose title is `title`; a chapter with its own
 * title in a book is @incollection, as Zotero writes it. It writes a web
 * page as @misc, which Zotero imports as a book and pandoc, given the site
 * in journal, prints as part of it ("In Mind"); @online is a web page to
 * Zotero, JabRef, pandoc, biber and citation-js.
 */
function entryType(entry: Entry, item: CslItem, properties: Record<string, string>): string {
  if (entry.type === 'inbook' && properties['booktitle'] !== undefined) return 'incollection';
  if (entry.type === 'misc' && item.type === 'webpage') return 'online';
  return entry.type;
}

const formatValue = (field: string, value: string) => (field === 'month' && monthMacros.includes(value) ? value : `{${value}}`);
const formatEntry = ({ type, label, properties }: Entry) =>
  `@${type}{${label},\n${Object.entries(properties)
    .map(([field, value]) => `\t${field} = ${formatValue(field, value)},\n`)
    .join('')}}\n`;

/** `items` as a BibTeX file. */
export function toBibtex(items: CslItem[]): string {
  const prepared = items.map(withNamedPeopleOnly);
  const config = plugins.config.get('@bibtex');
  const asciiOnly = config.format.asciiOnly;
  config.format.asciiOnly = false;
  try {
    // The items are already CSL-JSON, so they go straight to the output
    // plugin: a new Cite would parse and normalise them again, which took
    // half of every download's time.
    const escaped = prepared.map(escapeItem);
    // citation-js writes an access date into note, and drops it when there is a note: it goes in urldate instead.
    return entriesOf(escaped.map(({ accessed: _, ...item }) => item))
      .map((entry, index) => formatEntry(completeEntry(entry, escaped[index]!)))
      .join('\n');
  } finally {
    config.format.asciiOnly = asciiOnly;
  }
}
