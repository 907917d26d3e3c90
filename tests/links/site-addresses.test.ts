import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkProblem } from '../../src/links/resolve.ts';
import { linkTargets, siteAddresses, type EntryPage } from '../../src/links/site-addresses.ts';

const entry = (collection: EntryPage['collection'], id: string, data: Record<string, unknown> = {}, more: Partial<EntryPage> = {}): EntryPage => ({ collection, id, data, anchors: [], termIds: [], ...more });

const site = siteAddresses({
  entries: [
    entry('guidance', 'power', { topic: 'basics', learningOutcomes: ['Explain power.'], discussionQuestions: [] }, { anchors: ['in-practice'], termIds: ['ebcd'] }),
    entry('evidence', 'webb-2021', { citesWorks: [] }),
    entry('glossary', 'ebcd', { term: 'EBCD', topics: ['basics'] }),
    entry('glossary', 'tokenism', { term: 'Tokenism' }),
  ],
  topicIds: ['basics', 'unused'],
  printedPartPages: 100,
  bibliographyKeys: ['makey2022'],
  redirects: ['/guidance/old-power/'],
  pagesDirs: [fileURLToPath(new URL('../../src/routes/', import.meta.url)), fileURLToPath(new URL('./a-site-with-pages-of-its-own/src/pages/', import.meta.url))],
  publicDir: fileURLToPath(new URL('../../public/', import.meta.url)),
});
const ids = (page: string) => [...(site.pages.get(page) ?? [])].sort();
const check = (href: string, page = '/guidance/power/') => linkProblem(href, page, '/', linkTargets(site));

describe('the site from its sources', () => {
  it('gives a page the ids of its text, its layout and the sections its data shows', () => {
    expect(ids('/guidance/power/')).toEqual(['at-a-glance', 'cite-this-page', 'header-search', 'in-practice', 'learning-outcomes', 'main-content']);
    expect(ids('/evidence/webb-2021/')).toEqual(['at-a-glance', 'cite-this-page', 'header-search', 'main-content']);
  });

  it('lists "Used on" only on the page of a term some page uses', () => {
    expect(site.pages.get('/glossary/ebcd/')?.has('used-on')).toBe(true);
    expect(site.pages.get('/glossary/tokenism/')?.has('used-on')).toBe(false);
  });

  it("has the pages a site adds in its own src/pages/, beside the generator's", () => {
    expect(site.livePages).toContain('/contact/');
    expect(site.livePages).toContain('/team/members/');
    expect(check('/contact/')).toBeUndefined();
  });

  it('has the index pages of src/routes/ with the ids their templates give', () => {
    expect(site.pages.get('/glossary/')).toEqual(new Set(['main-content', 'header-search', 'ebcd', 'tokenism', 'letter-e', 'letter-t']));
    expect(site.pages.get('/guidance/')?.has('topic-basics')).toBe(true);
    expect(site.pages.get('/guidance/')?.has('topic-unused')).toBe(false);
    expect(site.pages.has('/topics/unused/')).toBe(true);
    // A topic page's lists: only those the topic has something for.
    expect(ids('/topics/basics/')).toEqual(['glossary-terms', 'guidance', 'header-search', 'main-content']);
    expect(ids('/topics/unused/')).toEqual(['header-search', 'main-content']);
    expect(site.pages.has('/404.html')).toBe(true);
  });

  it('answers at a redirect, which has no sections, and at every download', () => {
    expect(check('/guidance/old-power/')).toBeUndefined();
    expect(check('/guidance/old-power/#in-practice')).toBe('/guidance/old-power/ has no section with the id "in-practice". A section\'s id is its heading in lowercase with hyphens, e.g. #in-practice.');
    for (const file of ['/references/references.json', '/references/makey2022.ris', '/references/makey2022.json', '/cite/kb-guidance-power.json', '/educators/reading-lists/power.ris', '/educators/reading-lists/topics/basics.bib', '/favicon.svg']) expect(check(file)).toBeUndefined();
  });

  it('resolves relative links and own-page fragments, and suggests the nearest address', () => {
    expect(check('../../glossary/#ebcd')).toBeUndefined();
    expect(check('#in-practice')).toBeUndefined();
    expect(check('/glossary/#ebdc')).toBe('/glossary/ has no section with the id "ebdc". Did you mean #ebcd?');
    expect(check('/guidance/powr/')).toBe('no page has the address /guidance/powr/. Did you mean /guidance/power/?');
  });

  it('places each guidance page in its printed part, in the guide\'s order, where the guide is printed in parts', () => {
    const page = (id: string, topic: string, order: number, title = id) => entry('guidance', id, { topic, order, title }, { anchors: [`${id}-heading`] });
    const inParts = siteAddresses({
      // Out of order on purpose: the guide orders topics as topicIds, and pages by order, then title.
      entries: [page('b-later', 'second', 1), page('a-first', 'first', 2), page('a-second', 'first', 2, 'Zeta'), page('a-zero', 'first', 1)],
      topicIds: ['first', 'second'],
      printedPartPages: 2,
      bibliographyKeys: [],
      redirects: [],
      pagesDirs: [fileURLToPath(new URL('../../src/routes/', import.meta.url))],
      publicDir: fileURLToPath(new URL('../../public/', import.meta.url)),
    });
    const on = (address: string) => [...(inParts.pages.get(address) ?? [])].filter((id) => !['main-content', 'header-search'].includes(id));
    expect(on('/print/')).toEqual(['contents', 'topic-first', 'topic-second', 'guide-a-zero', 'guide-a-first', 'guide-a-second', 'guide-b-later']);
    expect(on('/print/part-1/')).toEqual(['contents', 'topic-first', 'guide-a-zero', 'a-zero--a-zero-heading', 'guide-a-first', 'a-first--a-first-heading']);
    expect(on('/print/part-2/')).toEqual(['contents', 'topic-first', 'guide-a-second', 'a-second--a-second-heading', 'topic-second', 'guide-b-later', 'b-later--b-later-heading']);
    // A heading inside a page is in its part, not on the list of parts.
    expect(linkProblem('/print/#a-first--a-first-heading', '/guidance/a-first/', '/', linkTargets(inParts))).toMatch(/^\/print\/ has no section with the id "a-first--a-first-heading"/);
    expect(linkProblem('/print/part-1/#a-first--a-first-heading', '/guidance/a-first/', '/', linkTargets(inParts))).toBeUndefined();
  });
});
