/**
 * LaTeX in BibTeX field values, as citation-js reads it, completed with the
 * commands that real bibliographies use and citation-js does not know. Its
 * tables of commands are part of its configuration
 * (`plugins.config.get('@bibtex').constants`), so they are extended there,
 * once, rather than the values being rewritten by hand. What each command
 * becomes follows pandoc's reading of the same command.
 *
 * Whatever is still a command after parsing is reported and left out
 * (`leftoverCommands`), so a reader never sees `\foo`.
 */
import { plugins } from '../citation-js.ts';

interface LatexTables {
  fieldTypes: Record<string, [string, string]>;
  commands: Record<string, string>;
  argumentCommands: Record<string, (...args: string[]) => string>;
  formattingCommands: Record<string, string>;
}

const tables = (plugins.config.get('@bibtex') as unknown as { constants: LatexTables }).constants;

// Which fields are titles decides which are turned into sentence case
// (src/citations/citation-js.ts). pandoc treats subtitles as part of the
// title and a thesis or report's type as a plain label; citation-js did the
// opposite ("MSc Health Psychology" became "MSc health psychology").
for (const field of ['subtitle', 'titleaddon', 'booksubtitle', 'booktitleaddon', 'mainsubtitle', 'maintitleaddon']) tables.fieldTypes[field] = ['field', 'title'];
tables.fieldTypes['type'] = ['field', 'literal'];

Object.assign(tables.commands, {
  // "\ " is a space that does not end a sentence; "\," a thin space.
  '': ' ',
  ',': '\u2009',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2e',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  // A discretionary hyphen: a place the word may break, not a character.
  '-': '',
  // BibLaTeX's breakable slash and hyphen, and TeX's spacing commands.
  slash: '/',
  hyphen: '-',
  nbhy: '-',
  space: ' ',
  nobreakspace: '\u00a0',
  thinspace: '\u2009',
  allowbreak: '',
  relax: '',
  newblock: ' ',
  ldots: '…',
  dots: '…',
  bibrangedash: '–',
  textendash: '–',
  textemdash: '—',
});

Object.assign(tables.argumentCommands, {
  // \noopsort{key} only steers BibTeX's sorting; it prints nothing. (citation-js
  // reads as many arguments as the function declares, so the key is named.)
  noopsort: (_key: string) => '',
  // The link text is what a reader sees; citation-js would show the address.
  href: (_url: string, text: string) => text,
  mbox: (text: string) => text,
  hbox: (text: string) => text,
  textnormal: (text: string) => text,
  ensuremath: (text: string) => text,
});

/** A LaTeX command still in a parsed value: a backslash and a name (or one symbol). */
const command = /\\(?:[A-Za-z]+\*?|[^A-Za-z\s])/g;

/**
 * The commands citation-js left as text in a parsed value. A backslash that
 * the author meant as a character was written \textbackslash, which parsing
 * has already turned into one, so only unknown commands remain here.
 */
export function leftoverCommands(value: string): string[] {
  return [...new Set(value.match(command) ?? [])];
}

/** The value without its unknown commands, the way pandoc drops a command it cannot read. */
export function withoutCommands(value: string): string {
  return value.replace(command, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * citation-js's lexer reads a command name as letters only, so the starred
 * form of a command (\enquote*{...}, BibLaTeX's inner quotation marks) leaves
 * a "*" where it expects the argument's brace, and the whole file fails. The
 * star changes only the kind of quotation mark, so it becomes a space before
 * parsing (a command absorbs the spaces after it), which keeps every offset.
 */
export const withoutStars = (raw: string) => raw.replace(/(\\[A-Za-z]+)\*(?=\s*\{)/g, '$1 ');
