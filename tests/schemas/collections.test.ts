import { describe, expect, it } from 'vitest';
import { caseStudySchema, guidanceSchema } from '../../src/schemas/collections.ts';
import { siteLists, vocabularies } from './site-lists.ts';

const topics: [string, ...string[]] = ['understanding', 'inclusion'];
const guidance = guidanceSchema(siteLists(topics));

const validGuidance = {
  title: 'Forms of co-production',
  summary: 'Co-production can happen between one professional and one person, in a group, or across organisations.',
  topic: 'understanding',
  audience: ['frontline-staff'],
  lastReviewed: new Date('2026-11-23'),
  nextReviewDue: new Date('2027-11-23'),
  owner: 'Editorial team',
};

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('guidance schema', () => {
  it('accepts a complete page and fills the optional lists', () => {
    const result = guidance.safeParse(validGuidance);
    expect(messages(result)).toEqual([]);
    expect(result.data?.keyPoints).toEqual([]);
  });

  it('rejects a misspelt field name instead of ignoring it', () => {
    const result = guidance.safeParse({ ...validGuidance, sumary: 'typo' });
    expect(messages(result).join('\n')).toMatch(/sumary/);
  });

  it('names the valid topics when a topic is unknown', () => {
    const result = guidance.safeParse({ ...validGuidance, topic: 'power' });
    expect(messages(result)).toEqual(['topic: Use one of the topic ids in content/topics.yaml: understanding, inclusion.']);
  });

  it('asks for YYYY-MM-DD when a date is written another way', () => {
    const result = guidance.safeParse({ ...validGuidance, lastReviewed: '23/11/2026' });
    expect(messages(result)).toEqual([
      'lastReviewed: lastReviewed must be a date written as YYYY-MM-DD (for example 2026-11-23), without quotes.',
    ]);
  });

  it('rejects a next review date that is not after the last review', () => {
    const result = guidance.safeParse({ ...validGuidance, nextReviewDue: new Date('2026-01-01') });
    expect(messages(result)).toEqual(['nextReviewDue: nextReviewDue must be after lastReviewed. Usually it is one year later.']);
  });

  it('explains what an answer-first summary needs when it is too short', () => {
    const result = guidance.safeParse({ ...validGuidance, summary: 'Short.' });
    expect(messages(result)[0]).toMatch(/^summary: The summary is the answer-first "at a glance" text/);
  });
});

describe('case study schema', () => {
  const caseStudies = caseStudySchema(siteLists(topics));
  const { topic: _topic, ...common } = validGuidance;
  const validCaseStudy = {
    ...common,
    topics: ['inclusion'],
    setting: 'Secure mental health hospital',
    sector: ['local-authority'],
    form: ['group'],
    approach: 'Staff survey',
    location: 'England',
    year: 2021,
    sources: ['webb2021'],
    outcomes: ['Staff reported examples of co-production.'],
  };

  it('accepts a case study whose year the source does not state', () => {
    expect(messages(caseStudies.safeParse({ ...validCaseStudy, year: 'not stated' }))).toEqual([]);
  });

  it('requires at least one source', () => {
    const result = caseStudies.safeParse({ ...validCaseStudy, sources: [] });
    expect(messages(result)).toEqual(['sources: List at least one citation key in sources: every case study comes from a source.']);
  });

  it("lists the site's forms when one is misspelt", () => {
    const result = caseStudies.safeParse({ ...validCaseStudy, form: ['groups'] });
    expect(messages(result)).toEqual(['form.0: Use one of the form values in content/vocabularies.yaml: individual, group.']);
  });

  it("takes its sectors from the site's vocabularies, not a list of the generator's", () => {
    expect(messages(caseStudies.safeParse({ ...validCaseStudy, sector: ['independent'] }))).toEqual(['sector.0: Use one of the sector values in content/vocabularies.yaml: nhs, local-authority, not-stated.']);
    const careHomes = caseStudySchema({ topicIds: topics, vocabularies: { ...vocabularies, sector: { name: 'Setting', values: [{ id: 'care-home', label: 'Care home' }] } } });
    expect(messages(careHomes.safeParse({ ...validCaseStudy, sector: ['care-home'] }))).toEqual([]);
  });

  it('has no form field on a site without forms, and says so to a page that writes one', () => {
    const { form: _form, ...withoutForms } = vocabularies;
    const schema = caseStudySchema({ topicIds: topics, vocabularies: withoutForms });
    const { form: _written, ...page } = validCaseStudy;
    expect(messages(schema.safeParse(page))).toEqual([]);
    expect(messages(schema.safeParse(validCaseStudy))).toEqual(['form: This site lists no forms (content/vocabularies.yaml has no form list). Remove the line, or add the list.']);
  });
});
