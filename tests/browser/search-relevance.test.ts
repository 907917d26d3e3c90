/**
 * The relevance suite: what staff would type, and the page that must be in
 * the top three results of the real search page (spelling correction
 * included). Queries are written from the reader's side of the desk (a
 * question, a half-remembered word, a typo, an acronym), not copied from
 * page text. The suite prints its hit rate.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './chromium.ts';
import { topResults } from './search-page.ts';

const cases: { query: string; why: string; expected: string }[] = [
  { query: 'power', why: 'one word in mind', expected: '/guidance/power/' },
  { query: 'how do I measure co-production', why: 'a question', expected: '/guidance/measuring-and-evaluating/' },
  { query: 'what is coproduction', why: 'a newcomer, unhyphenated', expected: '/guidance/what-is-co-production/' },
  { query: 'coproducton', why: 'a typo (dropped letter)', expected: '/glossary/co-production/' },
  { query: 'reciprocty', why: 'a typo (dropped letter)', expected: '/glossary/reciprocity/' },
  { query: 'evaulation', why: 'a typo (swapped letters)', expected: '/guidance/measuring-and-evaluating/' },
  { query: 'EBCD', why: 'an acronym', expected: '/glossary/ebcd/' },
  { query: 'ICS', why: 'an acronym', expected: '/glossary/ics/' },
  { query: 'experience based co-design projects', why: 'looking for real projects', expected: '/case-studies/six-ebcd-projects/' },
  { query: 'tokenistic', why: 'a worry about doing it badly', expected: '/glossary/tokenism/' },
  { query: 'service users teaching nurses', why: 'a half-remembered case', expected: '/case-studies/learning-disabilities-curriculum/' },
  { query: 'survey staff before starting', why: 'planning a project', expected: '/case-studies/secure-care-staff-survey/' },
  { query: 'no time or money for co-production', why: 'a frustrated manager', expected: '/guidance/barriers-and-enablers/' },
  { query: 'managers and leadership support', why: 'a manager', expected: '/guidance/culture-and-leadership/' },
  { query: 'students as researchers', why: 'an educator', expected: '/case-studies/student-co-researchers/' },
  { query: 'making meetings accessible', why: 'organising a group', expected: '/guidance/inclusion-and-accessibility/' },
  { query: 'Healthwatch Essex', why: 'a named source', expected: '/evidence/healthwatch-essex-2024-hospital-staff/' },
  { query: 'Wales', why: 'a place', expected: '/case-studies/west-wales-continuous-engagement/' },
  { query: 'lived experience', why: 'a phrase heard in a meeting', expected: '/glossary/lived-experience/' },
  { query: 'building trust with communities', why: 'outreach work', expected: '/guidance/relationships-and-communities/' },
  { query: 'core values', why: 'a training session', expected: '/guidance/values-and-principles/' },
  { query: 'individual group collective', why: 'remembering the three forms', expected: '/guidance/forms-of-co-production/' },
  { query: 'integrated care staff interviews', why: 'looking for the evidence', expected: '/evidence/wyke-integrated-care-culture/' },
  { query: 'co-designing a conference with students', why: 'an event organiser', expected: '/case-studies/co-designed-conference/' },
  { query: 'staff views on co-production', why: 'a team lead', expected: '/guidance/what-staff-say/' },
];

describe.skipIf(!inject('chromium'))('the knowledge base: search relevance on its pages', () => {
  const browser = useChromium();
  let hits = 0;

  afterAll(() => {
    console.log(`Search relevance: ${hits} of ${cases.length} queries have the expected page in the top 3 (${Math.round((100 * hits) / cases.length)}%).`);
  });

  it.each(cases)('"$query" ($why) finds $expected in the top 3', async ({ query, expected }) => {
    const page = await browser().newPage();
    const top = await topResults(page, `${inject('siteOrigin')}/search/?q=${encodeURIComponent(query)}`);
    await page.close();
    const found = top.slice(0, 3).some((url) => new URL(url, 'http://site').pathname === expected);
    if (found) hits++;
    expect(top.slice(0, 3), `top results for "${query}"`).toContainEqual(expect.stringContaining(expected));
  });
});
