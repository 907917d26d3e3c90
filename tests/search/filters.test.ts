import { describe, expect, it } from 'vitest';
import { enGB } from '../../src/messages/en-GB.ts';
import { filterLabels, filterOptions, termKey } from '../../src/search/filters.ts';
import { vocabularies } from '../schemas/site-lists.ts';

describe('search filters', () => {
  const topics = [{ id: 'inclusion', data: { title: 'Inclusion and accessibility' } }];
  const labels = filterLabels(topics, vocabularies, enGB);

  it('lists only values some page carries, with page counts, in label order', () => {
    const groups = filterOptions(labels, [
      { type: ['case-study'], setting: ['nhs', 'local-authority'] },
      { type: ['guidance'], topic: ['inclusion'] },
      { type: ['case-study'], setting: ['nhs'] },
    ]);
    expect(groups.find((g) => g.group === 'type')!.options).toEqual([
      { value: 'guidance', label: 'Guidance', count: 1 },
      { value: 'case-study', label: 'Case study', count: 2 },
    ]);
    expect(groups.find((g) => g.group === 'setting')!.options.map((o) => o.value)).toEqual(['nhs', 'local-authority']);
    expect(groups.find((g) => g.group === 'form')!.options).toEqual([]);
  });

  it("names each group and value as the site's vocabularies do", () => {
    expect(labels.setting).toEqual({ label: 'Sector', values: { nhs: 'NHS', 'local-authority': 'Local authority', 'not-stated': 'Not stated in the source' } });
    expect(labels.form?.label).toBe('Form of working together');
  });

  it('has no form group on a site without forms', () => {
    const { form: _form, ...withoutForms } = vocabularies;
    const groups = filterOptions(filterLabels(topics, withoutForms, enGB), [{ type: ['case-study'], form: ['group'] }]);
    expect(groups.map((g) => g.group)).toEqual(['type', 'topic', 'setting', 'audience']);
  });

  it('keys a glossary name without case, spaces or hyphens', () => {
    expect(termKey('Co-production')).toBe(termKey('coproduction'));
    expect(termKey('Experience-based co-design')).toBe('experiencebasedcodesign');
  });
});
