import { describe, expect, it } from 'vitest';
import { cellShade, gapMap, passesFilter, unsummarised } from '../../src/evidence/gap-map.ts';
import { plural } from '../../src/messages/fill.ts';
import { enGB } from '../../src/messages/en-GB.ts';

const summaries = [
  { citationKey: 'survey2021', evidenceKind: 'staff-survey' as const, sectors: ['vcse'], setting: 'Secure mental health care' },
  { citationKey: 'interviews2020', evidenceKind: 'qualitative-interviews' as const, sectors: ['nhs', 'local-authority'], setting: 'One integrated care system' },
];

describe('the evidence-and-gap map', () => {
  const map = gapMap(
    ['power', 'values', 'empty'],
    ['qualitative-interviews', 'staff-survey', 'narrative-review'],
    [
      { topics: ['power'], cited: ['survey2021', 'other2019'] },
      { topics: ['power', 'values'], cited: ['interviews2020'] },
      { topics: ['values', 'not-a-topic'], cited: ['other2019', 'uncounted2000'] },
    ],
    summaries,
    ['interviews2020', 'other2019', 'survey2021', 'uncounted2000'],
  );

  it('puts each cited work in the cell of each topic citing it and of its kind of evidence', () => {
    expect(map.cells.get('power')!.get('staff-survey')).toEqual(['survey2021']);
    expect(map.cells.get('power')!.get('qualitative-interviews')).toEqual(['interviews2020']);
    expect(map.cells.get('values')!.get('qualitative-interviews')).toEqual(['interviews2020']);
  });

  it("has a column for each of the site's kinds of evidence, in their order, then one for works without a summary", () => {
    expect(map.columns).toEqual(['qualitative-interviews', 'staff-survey', 'narrative-review', unsummarised]);
    expect([...map.cells.get('power')!.keys()]).toEqual(map.columns);
  });

  it('gives works without an evidence summary a column of their own', () => {
    expect(map.cells.get('power')!.get(unsummarised)).toEqual(['other2019']);
    expect(map.cells.get('values')!.get(unsummarised)).toEqual(['other2019', 'uncounted2000']);
  });

  it('keeps every cell, so a topic with no evidence shows as gaps', () => {
    expect([...map.cells.get('empty')!.values()].every((keys) => keys.length === 0)).toBe(true);
    expect(map.cells.get('values')!.get('staff-survey')).toEqual([]);
  });

  it('lists each work once, in the order given, with the topics it supports', () => {
    expect([...map.works.keys()]).toEqual(['interviews2020', 'other2019', 'survey2021', 'uncounted2000']);
    expect(map.works.get('interviews2020')).toMatchObject({ column: 'qualitative-interviews', topics: ['power', 'values'] });
    expect(map.works.get('other2019')).toEqual({ column: unsummarised, topics: ['power', 'values'] });
  });

  it('shades and counts cells in the steps of its key', () => {
    expect([0, 1, 2, 3, 4, 30].map(cellShade)).toEqual(['gap', 'one', 'few', 'few', 'many', 'many']);
    expect([0, 1, 2].map((count) => plural(enGB.evidenceMap.worksCount, count, 'en-GB'))).toEqual(['0 works', '1 work', '2 works']);
  });
});

describe("the map's filters", () => {
  const survey = { sectors: 'vcse', setting: 'Secure mental health care (charity)' };
  const unsummarisedWork = { sectors: '', setting: '' };

  it('pass every work when empty', () => {
    expect(passesFilter(unsummarisedWork, { sector: '', setting: '' })).toBe(true);
  });

  it('match a sector among the work\'s sectors', () => {
    expect(passesFilter(survey, { sector: 'vcse', setting: '' })).toBe(true);
    expect(passesFilter(survey, { sector: 'nhs', setting: '' })).toBe(false);
  });

  it('match every word typed in the setting, ignoring case and punctuation', () => {
    expect(passesFilter(survey, { sector: '', setting: 'Mental  health' })).toBe(true);
    expect(passesFilter(survey, { sector: '', setting: 'mental, charity' })).toBe(true);
    expect(passesFilter(survey, { sector: '', setting: 'mental hospital' })).toBe(false);
  });

  it('hide works without a summary once any filter is set: they have no sector or setting', () => {
    expect(passesFilter(unsummarisedWork, { sector: 'nhs', setting: '' })).toBe(false);
    expect(passesFilter(unsummarisedWork, { sector: '', setting: 'care' })).toBe(false);
  });
});
