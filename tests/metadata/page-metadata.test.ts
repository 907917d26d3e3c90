import { describe, expect, it } from 'vitest';
import { contentPageMetadata, jsonLdText, openGraph, type MetaTag } from '../../src/metadata/page-metadata.ts';

const site = { title: 'A guide', organisation: 'The Guide Team', locale: 'en-GB', basePath: '/kb/', siteUrl: undefined, contentLicence: undefined };
const page = { title: 'Sharing power', description: 'How to share power.', path: '/kb/guidance/power/', lastReviewed: new Date('2026-11-23'), owner: 'Editorial team' };
const tagMap = (tags: MetaTag[]) => Object.fromEntries(tags.map((tag) => ['name' in tag ? tag.name : tag.property, tag.content]));

describe("a content page's metadata", () => {
  it('gives reference managers a web page by the organisation, dated when it was last reviewed', () => {
    const tags = tagMap(contentPageMetadata(site, page).tags);
    expect(tags).toMatchObject({
      citation_title: 'Sharing power',
      citation_author: 'The Guide Team,',
      citation_publication_date: '2026/11/23',
      citation_publisher: 'The Guide Team',
      citation_language: 'en-GB',
      'DC.title': 'Sharing power',
      'DC.creator': 'The Guide Team',
      'DC.publisher': 'The Guide Team',
      'DC.date': '2026-11-23',
      'DC.type': 'webpage',
      'DC.language': 'en-GB',
      'DC.description': 'How to share power.',
    });
  });

  it('names no journal, report institution or book, any of which would change the type reference managers give it', () => {
    const names = contentPageMetadata(site, page).tags.map((tag) => ('name' in tag ? tag.name : tag.property));
    for (const name of ['citation_journal_title', 'citation_technical_report_institution', 'citation_book_title', 'citation_inbook_title', 'citation_conference_title', 'citation_dissertation_institution', 'citation_isbn']) expect(names).not.toContain(name);
  });

  it('gives no address, canonical link or Open Graph without a public address: the reader\'s own address is the right one', () => {
    const metadata = contentPageMetadata(site, page);
    expect(metadata.canonical).toBeUndefined();
    expect(metadata.tags.some((tag) => 'property' in tag)).toBe(false);
    expect(tagMap(metadata.tags)).not.toHaveProperty('citation_public_url');
    expect(metadata.jsonLd).not.toHaveProperty('url');
  });

  it('gives the full address, a canonical link and Open Graph with one', () => {
    const metadata = contentPageMetadata({ ...site, siteUrl: 'https://kb.example.org' }, page);
    expect(metadata.canonical).toBe('https://kb.example.org/kb/guidance/power/');
    expect(tagMap(metadata.tags)).toMatchObject({
      citation_public_url: 'https://kb.example.org/kb/guidance/power/',
      'DC.identifier': 'https://kb.example.org/kb/guidance/power/',
      'og:type': 'website',
      'og:title': 'Sharing power',
      'og:url': 'https://kb.example.org/kb/guidance/power/',
      'og:site_name': 'A guide',
      'og:locale': 'en_GB',
    });
    expect(metadata.jsonLd).toMatchObject({ url: 'https://kb.example.org/kb/guidance/power/', isPartOf: { '@type': 'WebSite', name: 'A guide', url: 'https://kb.example.org/kb/' } });
  });

  it('describes the page to search engines as a medical web page with its last review', () => {
    expect(contentPageMetadata(site, page).jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'Sharing power',
      description: 'How to share power.',
      inLanguage: 'en-GB',
      lastReviewed: '2026-11-23',
      dateModified: '2026-11-23',
      author: { '@type': 'Organization', name: 'The Guide Team' },
      publisher: { '@type': 'Organization', name: 'The Guide Team' },
      reviewedBy: { '@type': 'Organization', name: 'Editorial team' },
      isPartOf: { '@type': 'WebSite', name: 'A guide' },
    });
  });

  it("states the text's licence when the site has one", () => {
    const metadata = contentPageMetadata({ ...site, contentLicence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' } }, page);
    expect(tagMap(metadata.tags)['DC.rights']).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(metadata.jsonLd).toHaveProperty('license', 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });
});

describe('Open Graph for other pages', () => {
  it('is there only with a public address', () => {
    expect(openGraph(site, page)).toEqual([]);
    expect(tagMap(openGraph({ ...site, siteUrl: 'https://kb.example.org' }, page))['og:url']).toBe('https://kb.example.org/kb/guidance/power/');
  });
});

describe('JSON-LD in its script element', () => {
  it('cannot end the element early, and reads back as the same data', () => {
    const data = { name: 'Power </script><script>alert(1)</script> & <b>' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\//);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
