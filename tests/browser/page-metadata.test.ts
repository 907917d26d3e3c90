/**
 * What each built page tells reference managers and search engines: the
 * head of every page, by kind of page, and what Zotero's "Embedded Metadata"
 * translator would save from content pages (its rules, in
 * embedded-metadata.ts). Reads the built sites; needs no browser.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../src/links/check-links.ts';
import { siteConfig } from '../../src/config/site-config.ts';
import { basePathDistDir, distDir, testBasePath, testSiteUrl } from './built-site.ts';
import { embeddedMetadataItem } from './embedded-metadata.ts';

const contentPage = /^\/(?:guidance|case-studies|evidence|glossary)\/[^/]+\/$/;

interface Head {
  meta: Map<string, string[]>;
  links: Map<string, string[]>;
  jsonLd: Record<string, unknown>[];
  h1: string;
  lastReviewed?: string;
}

function readHead(html: string): Head {
  const head: Head = { meta: new Map(), links: new Map(), jsonLd: [], h1: '' };
  const add = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  const text = (element: Element): string => element.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
  let inReview = false;
  visit(fromHtml(html), 'element', (element: Element) => {
    const { properties } = element;
    if (element.tagName === 'meta' && typeof properties['content'] === 'string') add(head.meta, String(properties['name'] ?? properties['property'] ?? ''), properties['content']);
    if (element.tagName === 'link') add(head.links, [properties['rel']].flat().join(' '), String(properties['href']));
    if (element.tagName === 'script' && properties['type'] === 'application/ld+json') head.jsonLd.push(JSON.parse(text(element)));
    if (element.tagName === 'h1') head.h1 = text(element);
    // The footer's "Page last reviewed" date.
    if (element.tagName === 'dt') inReview = text(element) === 'Page last reviewed';
    if (element.tagName === 'time' && inReview && head.lastReviewed === undefined) head.lastReviewed = String(properties['dateTime']);
  });
  return head;
}

// Redirects from old addresses are pages of one line, with nothing to describe.
const pages = [...htmlPages(distDir)].map(([path, file]) => ({ path, html: readFileSync(file, 'utf8') })).filter((page) => !page.html.includes('http-equiv="refresh"'));
const content = pages.filter((page) => contentPage.test(page.path));
const one = (head: Head, name: string) => {
  expect(head.meta.get(name), name).toHaveLength(1);
  return head.meta.get(name)![0]!;
};

describe('the head of every built page', () => {
  it('has content pages of every kind to check', () => {
    for (const kind of ['guidance', 'case-studies', 'evidence', 'glossary']) expect(content.some((page) => page.path.startsWith(`/${kind}/`)), kind).toBe(true);
  });

  it.each(content.map((page) => [page.path, page.html]))('%s tells reference managers its title, author, date, publisher, language and type', (_, html) => {
    const head = readHead(html);
    const reviewed = head.lastReviewed!;
    expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(one(head, 'citation_title')).toBe(head.h1);
    expect(one(head, 'citation_author')).toBe(`${siteConfig().organisation},`);
    expect(one(head, 'citation_publication_date')).toBe(reviewed.replace(/-/g, '/'));
    expect(one(head, 'citation_publisher')).toBe(siteConfig().organisation);
    expect(one(head, 'citation_language')).toBe(siteConfig().locale);
    expect(one(head, 'DC.title')).toBe(head.h1);
    expect(one(head, 'DC.creator')).toBe(siteConfig().organisation);
    expect(one(head, 'DC.publisher')).toBe(siteConfig().organisation);
    expect(one(head, 'DC.date')).toBe(reviewed);
    expect(one(head, 'DC.type')).toBe('webpage');
    expect(one(head, 'DC.language')).toBe(siteConfig().locale);
    expect(head.links.get('schema.DC')).toEqual(['http://purl.org/dc/elements/1.1/']);
    expect(head.jsonLd).toEqual([expect.objectContaining({ '@context': 'https://schema.org', '@type': 'MedicalWebPage', name: head.h1, lastReviewed: reviewed, inLanguage: siteConfig().locale })]);
    // This site has no public address (siteUrl): none is made up.
    expect(head.links.has('canonical')).toBe(false);
    expect([...head.meta.keys()].filter((name) => name.startsWith('og:') || name === 'citation_public_url' || name === 'DC.identifier')).toEqual([]);
  });

  it('gives other pages none of it: they are not works to cite', () => {
    for (const page of pages.filter((each) => !contentPage.test(each.path))) {
      const head = readHead(page.html);
      expect([...head.meta.keys()].filter((name) => /^(?:citation_|DC\.)/.test(name)), page.path).toEqual([]);
      expect(head.jsonLd, page.path).toEqual([]);
    }
  });
});

describe("what Zotero's Embedded Metadata translator saves from a content page", () => {
  it.each(content.map((page) => [page.path, page.html]))('%s is a web page by the organisation, as "Cite this page" cites it', (path, html) => {
    const head = readHead(html);
    const url = `http://localhost:4321${path}`;
    expect(embeddedMetadataItem(html, url)).toEqual({
      itemType: 'webpage',
      creators: [{ creatorType: 'author', name: siteConfig().organisation }],
      title: head.h1,
      date: head.lastReviewed!.replace(/-/g, '/'),
      language: siteConfig().locale,
      abstractNote: head.meta.get('description')![0],
      // Without a public address, the address the reader is at.
      url,
    });
  });

  it('saves the public address and the website title from a site that has them', () => {
    if (!inject('chromium')) return; // The base-path build is made by the browser tests' setup.
    // Any content page: the base-path build holds the same ones.
    const path = content[0]!.path.slice(1);
    const html = readFileSync(htmlPages(basePathDistDir).get(`/${path}`)!, 'utf8');
    const item = embeddedMetadataItem(html, `http://127.0.0.1:1${testBasePath}${path}`);
    expect(item).toMatchObject({ itemType: 'webpage', url: `${testSiteUrl}${testBasePath}${path}`, websiteTitle: siteConfig().title });
    expect(readHead(html).links.get('canonical')).toEqual([`${testSiteUrl}${testBasePath}${path}`]);
  });

  it('would guess a journal article but for DC.type: the tag that makes the choice on purpose', () => {
    const { html } = content[0]!;
    const withoutType = html.replace(/<meta name="DC\.type" content="webpage">/, '');
    expect(withoutType).not.toBe(html);
    expect(embeddedMetadataItem(withoutType, 'http://localhost/').itemType).toBe('journalArticle');
    // A report institution would decide it too, whatever else the page says.
    expect(embeddedMetadataItem(html.replace('</head>', '<meta name="citation_technical_report_institution" content="X"></head>'), 'http://localhost/').itemType).toBe('report');
  });
});

describe('every page', () => {
  it.each(pages.map((page) => [page.path, page.html]))('%s links to About, Accessibility and feedback on the page', (_, html) => {
    const footer = html.slice(html.indexOf('<footer'));
    expect(footer).toContain('>About this guide</a>');
    expect(footer).toContain('>Accessibility</a>');
    expect(footer).toMatch(/<a href="[^"]+">Feedback on this page<\/a>/);
  });
});
