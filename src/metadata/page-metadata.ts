/**
 * What a content page tells reference managers and search engines about
 * itself, in the head: Highwire Press `citation_*` and Dublin Core `DC.*`
 * tags, which Zotero's "Embedded Metadata" translator (and Mendeley's and
 * EndNote's importers) read; Open Graph for link previews and a canonical
 * link when the site has a public address; and schema.org JSON-LD.
 *
 * The item is a web page, on purpose, as "Cite this page" cites it
 * (src/citations/page-citations.ts), so a page saved from the browser and
 * one imported from the downloads are the same reference. Zotero decides
 * the type from the tags: any `citation_title` makes it guess "journal
 * article" unless another tag says otherwise, so `DC.type` says "webpage" (a
 * PRISM type, which Zotero's RDF rules read as its web page type), as
 * `og:type` "website" does when Open Graph is there. No `citation_journal_title`,
 * `citation_technical_report_institution` or `citation_book_title`: each
 * would make the page an article, a report or a book section.
 */
import type { SiteConfig } from '../config/site-config.ts';
import { isoDate } from '../lib/dates.ts';
import { publicAddress } from '../lib/public-address.ts';

export interface MetadataPage {
  title: string;
  /** The page's summary. */
  description: string;
  /** Path with the base path ("/kb/guidance/power/"). */
  path: string;
  lastReviewed: Date;
  /** The team that keeps the page accurate. */
  owner: string;
}

/** A `<meta>` tag: `name` for Highwire and Dublin Core, `property` for Open Graph (as its specification writes it). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

export interface PageMetadata {
  /** The public address, when the site has one: the canonical link. */
  canonical?: string;
  /** `<link rel="schema.DC">`: which vocabulary the prefix names. */
  schemas: { rel: string; href: string }[];
  tags: MetaTag[];
  /** schema.org JSON-LD, as an object (see jsonLdText). */
  jsonLd?: Record<string, unknown>;
}

type Site = Pick<SiteConfig, 'title' | 'organisation' | 'locale' | 'siteUrl' | 'contentLicence' | 'basePath'>;

/**
 * Open Graph for any page of a site with a public address: link previews
 * need a full URL, so a site without one gets none.
 */
export function openGraph(site: Site, page: { title: string; description: string; path: string }): MetaTag[] {
  if (!site.siteUrl) return [];
  return [
    { property: 'og:type', content: 'website' },
    { property: 'og:title', content: page.title },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: publicAddress(page.path, site.siteUrl) },
    { property: 'og:site_name', content: site.title },
    // Open Graph writes locales with an underscore (en_GB).
    { property: 'og:locale', content: site.locale.replace('-', '_') },
  ];
}

/** A content page's metadata: reference-manager tags always, Open Graph and the canonical link with a public address. */
export function contentPageMetadata(site: Site, page: MetadataPage): PageMetadata {
  const url = site.siteUrl ? publicAddress(page.path, site.siteUrl) : undefined;
  const reviewed = isoDate(page.lastReviewed);
  const tags: MetaTag[] = [
    // Highwire Press, as Google Scholar documents it. Each review republishes the page, so its date is the date it was last reviewed, as in "Cite this page".
    { name: 'citation_title', content: page.title },
    // The organisation is the author. A trailing comma marks the whole name as a surname ("Surname," with no given name): otherwise
    // reference managers split it into given and family names ("contributors, C. K. B."). Zotero then keeps it as one field.
    { name: 'citation_author', content: `${site.organisation},` },
    { name: 'citation_publication_date', content: reviewed.replace(/-/g, '/') },
    { name: 'citation_publisher', content: site.organisation },
    { name: 'citation_language', content: site.locale },
    ...(url ? [{ name: 'citation_public_url', content: url }] : []),
    // Dublin Core.
    { name: 'DC.title', content: page.title },
    { name: 'DC.creator', content: site.organisation },
    { name: 'DC.publisher', content: site.organisation },
    { name: 'DC.date', content: reviewed },
    { name: 'DC.type', content: 'webpage' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: site.locale },
    { name: 'DC.description', content: page.description },
    ...(url ? [{ name: 'DC.identifier', content: url }] : []),
    ...(site.contentLicence ? [{ name: 'DC.rights', content: site.contentLicence.url ?? site.contentLicence.name }] : []),
    ...openGraph(site, page),
  ];
  const organisation = { '@type': 'Organization', name: site.organisation };
  return {
    ...(url ? { canonical: url } : {}),
    schemas: [{ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' }],
    tags,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: page.title,
      description: page.description,
      inLanguage: site.locale,
      lastReviewed: reviewed,
      dateModified: reviewed,
      author: organisation,
      publisher: organisation,
      reviewedBy: { '@type': 'Organization', name: page.owner },
      isPartOf: { '@type': 'WebSite', name: site.title, ...(site.siteUrl ? { url: publicAddress(site.basePath, site.siteUrl) } : {}) },
      ...(url ? { url } : {}),
      ...(site.contentLicence ? { license: site.contentLicence.url ?? site.contentLicence.name } : {}),
    },
  };
}

/**
 * JSON-LD as the text of its <script> element. The element holds data, not
 * code, but the HTML parser still ends it at "</script"; JSON allows "<"
 * written as \u003c, so no value can end it early (the escaping
 * JSON-in-HTML needs, and all it needs).
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
