/**
 * What Zotero's "Embedded Metadata" translator makes of a page: the rules of
 * zotero/translators "Embedded Metadata.js" (with the parts of "RDF.js" it
 * hands Dublin Core and Open Graph to, and Zotero's cleanAuthor and
 * itemToAPIJSON for names), written again from reading them, for the tags
 * this site could write. Not their code, and not all of it: no microdata,
 * COinS, bylines, parsely or PRISM, which the site does not use.
 *
 * The rules, in the order the translator applies them:
 * - Every <meta name|property content> is read. A tag whose prefix (before
 *   ".", ":" or "_") names a known vocabulary (DC, DCTERMS, og, z, bib...),
 *   or one a <link rel="schema.X"> declares, becomes an RDF statement. Other
 *   tags ending in a Highwire name may decide the type: citation_journal_title
 *   makes a journal article, citation_technical_report_institution a report,
 *   citation_book_title a book section..., and citation_title alone only
 *   *guesses* a journal article.
 * - A decisive Highwire type wins. Otherwise the RDF rules choose, in order:
 *   z:itemType, og:type (website: web page), dc:type (a Zotero type name, or
 *   one of the eprints and PRISM words: "webpage", "report", "article"...),
 *   then the Highwire guess, then "webpage" because there were statements.
 * - RDF fills title, date, language and the rest; Highwire tags then
 *   overwrite them (citation_title, citation_publication_date, ...).
 * - citation_author names are split as Zotero splits a name: "Family, Given"
 *   at the comma, else at the last space; a name left with no given name is
 *   one field (an organisation).
 * - Last chances: the document's title, meta description as abstract, the
 *   canonical link or the page's own address, <html lang>.
 * - Fields the item type does not have are dropped when the item is saved.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const vocabularies: Record<string, string> = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  z: 'http://www.zotero.org/namespaces/export#',
  eprints: 'http://purl.org/eprint/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  so: 'http://schema.org/',
};

/** Highwire tags that decide the type, and the one that only guesses it. */
const highwireTypes: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};
const highwireGuesses: Record<string, string> = { citation_title: 'journalArticle', citation_series_title: 'journalArticle', citation_isbn: 'book' };

/** Highwire tags copied to fields (the translator's HIGHWIRE_MAPPINGS, those that matter here). */
const highwireFields: Record<string, string> = {
  citation_title: 'title',
  citation_publication_date: 'date',
  citation_date: 'date',
  citation_journal_title: 'publicationTitle',
  citation_publisher: 'publisher',
  citation_technical_report_institution: 'institution',
  citation_abstract: 'abstractNote',
  citation_doi: 'DOI',
  citation_public_url: 'url',
  citation_language: 'language',
};

/** Zotero's item types and the fields this site could fill, for dropping the rest when the item is saved. */
const typeFields: Record<string, string[]> = {
  webpage: ['title', 'abstractNote', 'websiteTitle', 'date', 'url', 'accessDate', 'language', 'rights', 'extra'],
  report: ['title', 'abstractNote', 'institution', 'date', 'url', 'accessDate', 'language', 'rights', 'extra'],
  journalArticle: ['title', 'abstractNote', 'publicationTitle', 'date', 'DOI', 'url', 'accessDate', 'language', 'rights', 'extra'],
};
/** Zotero's type names, of which dc:type may give one as it is. */
const zoteroTypes = new Set(['webpage', 'report', 'journalArticle', 'book', 'bookSection', 'thesis', 'blogPost', 'document', 'conferencePaper']);
/** dc:type words (eprints and PRISM vocabularies) the RDF rules know, lowercased and without spaces. */
const dcTypeWords: Record<string, { type: string; guess?: true }> = {
  webpage: { type: 'webpage' },
  homepage: { type: 'webpage' },
  report: { type: 'report' },
  article: { type: 'journalArticle' },
  journalarticle: { type: 'journalArticle' },
  text: { type: 'journalArticle', guess: true },
};

export interface ZoteroCreator {
  creatorType: 'author';
  /** One field: a name with no given name, such as an organisation. */
  name?: string;
  firstName?: string;
  lastName?: string;
}

export interface ZoteroItem {
  itemType: string;
  creators: ZoteroCreator[];
  [field: string]: unknown;
}

interface Meta {
  tag: string;
  content: string;
}

/** A name as Zotero splits it; `useComma` when the name has a comma ("Family, Given"). */
export function splitName(raw: string, useComma: boolean): ZoteroCreator {
  const name = raw.replace(/^[\s\u00A0.,/[\]:]+/, '').replace(/[\s\u00A0.,/[\]:]+$/, '').replace(/[\s\u00A0]+/, ' ');
  let firstName: string | undefined;
  let lastName: string;
  if (useComma) {
    const [last, first] = name.split(/[,،] ?/);
    lastName = last!;
    firstName = name.split(/[,،] ?/).length > 1 ? first : undefined;
  } else {
    const space = name.lastIndexOf(' ');
    lastName = name.slice(space + 1);
    firstName = space > 0 ? name.slice(0, space) : '';
  }
  // Saved with no given name, a creator is one field.
  return firstName ? { creatorType: 'author', firstName, lastName } : { creatorType: 'author', name: lastName };
}

/** The item Zotero's "Embedded Metadata" translator would save from `html`, served at `url`. */
export function embeddedMetadataItem(html: string, url: string): ZoteroItem {
  const tree = fromHtml(html);
  const metas: Meta[] = [];
  const prefixes = { ...vocabularies };
  let canonical: string | undefined;
  let title = '';
  let lang: string | undefined;
  visit(tree, 'element', (element: Element) => {
    const { properties } = element;
    if (element.tagName === 'html' && typeof properties['lang'] === 'string') lang = properties['lang'];
    if (element.tagName === 'title') title = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (element.tagName === 'link') {
      const rel = [properties['rel']].flat().join(' ');
      const schema = /^schema\.([a-zA-Z]+)/.exec(rel);
      if (schema) prefixes[schema[1]!.toLowerCase()] = String(properties['href']);
      if (rel === 'canonical') canonical = String(properties['href']);
    }
    if (element.tagName === 'meta') {
      const tags = String(properties['name'] ?? properties['property'] ?? '');
      const content = properties['content'];
      if (tags && typeof content === 'string' && content) for (const tag of tags.split(/\s+/)) metas.push({ tag, content });
    }
  });

  // Statements for the RDF rules, and the Highwire type.
  const statements = new Map<string, string>();
  let hwType: string | undefined;
  let hwGuess: string | undefined;
  for (const { tag, content } of metas) {
    const parts = tag.split(/[.:_]/);
    // "og:video:release_date" is in the vocabulary its second part names, when that is one.
    let [prefix, length] = parts.length > 2 ? [parts[1]!.toLowerCase(), parts[0]!.length + parts[1]!.length + 1] : ['', 0];
    if (!prefixes[prefix]) [prefix, length] = [parts[0]!.toLowerCase(), parts[0]!.length];
    if (prefixes[prefix]) {
      const property = tag.slice(length + 1);
      const key = prefixes[prefix] + property.charAt(0).toLowerCase() + property.slice(1);
      if (!statements.has(key)) statements.set(key, content);
    } else {
      const short = tag.slice(Math.max(0, tag.lastIndexOf('citation_')));
      hwType = highwireTypes[short] ?? hwType;
      if (highwireGuesses[short]) hwGuess ??= highwireGuesses[short];
    }
  }
  const rdf = (...names: string[]) => names.map((name) => statements.get(name)).find((value) => value !== undefined);
  const { dc, dcterms, og, z } = vocabularies as Record<'dc' | 'dcterms' | 'og' | 'z', string>;

  let itemType: string | undefined;
  if (hwType) itemType = hwType;
  else if (statements.size === 0) itemType = hwGuess;
  else {
    const zotero = rdf(`${z}itemType`, `${z}type`);
    const ogType = rdf(`${og}type`);
    const dcType = rdf(`${dc}type`, `${dcterms}type`);
    const dcWord = dcType === undefined ? undefined : zoteroTypes.has(dcType) ? { type: dcType } : dcTypeWords[dcType.toLowerCase().replace(/\s/g, '')];
    const ogDecided = ogType === 'website' ? 'webpage' : ogType === 'book' ? 'book' : undefined;
    // With statements there is always a default (the Highwire guess, else "webpage"), so og:type "article" and dc:type "Text" never get a say.
    itemType = (zotero && zoteroTypes.has(zotero) ? zotero : undefined) ?? ogDecided ?? (dcWord && !dcWord.guess ? dcWord.type : undefined) ?? hwGuess ?? 'webpage';
  }
  itemType ??= 'webpage';

  // RDF's fields, then Highwire's over them.
  const item: ZoteroItem = { itemType, creators: [] };
  const set = (field: string, value: string | undefined) => {
    if (value !== undefined && value.trim()) item[field] = value.trim().replace(/\s+/g, ' ');
  };
  set('title', rdf(`${dc}title`, `${dcterms}title`, `${og}title`));
  set('date', rdf(`${og}published_time`, `${dcterms}issued`, `${dc}date`, `${dcterms}date`));
  set('language', rdf(`${dc}language`, `${dcterms}language`));
  set('rights', rdf(`${dc}rights`, `${dcterms}rights`));
  set('publisher', rdf(`${dc}publisher`, `${dcterms}publisher`));
  if (itemType === 'webpage') set('publicationTitle', rdf(`${og}site_name`));
  const rdfCreators = [rdf(`${dc}creator`, `${dcterms}creator`)].filter((name): name is string => name !== undefined).map((name) => splitName(name, name.includes(',')));
  // Highwire: a tag matches when its name ends with the Highwire name.
  const highwire = (name: string) => metas.find((meta) => meta.tag.endsWith(name))?.content;
  for (const [name, field] of Object.entries(highwireFields)) set(field, highwire(name));
  const authorTags = metas.filter((meta) => meta.tag.endsWith('citation_author'));
  for (const { content } of authorTags) {
    let names = content.split(/\s*;\s*/);
    if (names.length === 1 && authorTags.length === 1) {
      const byComma = names[0]!.split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0]!.includes(' ') && byComma[1]!.includes(' ')) names = byComma;
    }
    for (const name of names.map((each) => each.trim())) if (/[^\s,\-.;]/.test(name)) item.creators.push(splitName(name, name.includes(',')));
  }
  if (item.creators.length === 0) item.creators = rdfCreators;

  // Last chances.
  set('title', item['title'] === undefined ? title : undefined);
  if (item['abstractNote'] === undefined) set('abstractNote', metas.find((meta) => meta.tag.toLowerCase() === 'description')?.content);
  if (item['url'] === undefined) item['url'] = canonical ?? url;
  if (item['language'] === undefined && lang) item['language'] = lang;

  // Saving keeps only the type's fields; a web page's publicationTitle is its websiteTitle.
  if (itemType === 'webpage' && item['publicationTitle'] !== undefined) item['websiteTitle'] = item['publicationTitle'];
  const kept = typeFields[itemType] ?? Object.keys(item);
  return Object.fromEntries(Object.entries(item).filter(([field]) => field === 'itemType' || field === 'creators' || kept.includes(field))) as ZoteroItem;
}
