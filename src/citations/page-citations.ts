/**
 * "Cite this page": each content page as a citable web page, with the site's
 * organisation as author and publisher and its last-reviewed date. All pages
 * share one formatter, built once per build, like the bibliography's.
 */
import { siteConfig } from '../site.config.ts';
import type { CslItem } from './citation-js.ts';
import { CitationFormatter } from './format.ts';

export interface CitablePage {
  /** Citation key, e.g. "kb-guidance-power". */
  key: string;
  title: string;
  /** Path on the site, with the base path. */
  path: string;
  lastReviewed: Date;
}

export function pageItem(page: CitablePage): CslItem {
  const reviewed = page.lastReviewed;
  return {
    id: page.key,
    // BibTeX keys cannot hold hyphens; without a safe key citation-js invents one.
    'citation-key': page.key.replace(/-/g, '_'),
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteConfig.organisation }],
    // The site is the publisher, as for any web page cited in APA or Harvard.
    publisher: siteConfig.title,
    issued: { 'date-parts': [[reviewed.getUTCFullYear(), reviewed.getUTCMonth() + 1, reviewed.getUTCDate()]] },
    // Without a public origin in site config there is no full URL to cite.
    ...(siteConfig.siteUrl ? { URL: new URL(page.path, siteConfig.siteUrl).href } : {}),
  };
}

export function pageCitationFormatter(pages: CitablePage[]): CitationFormatter {
  const items = new Map(pages.map((page) => [page.key, pageItem(page)]));
  return new CitationFormatter({ items, fileOf: new Map() }, siteConfig.citationStyle, { disambiguate: false });
}
