import { describe, expect, it } from 'vitest';
import { filterLabels, filterOptions, termKey } from '../../src/search/filters.ts';

describe('search filters', () => {
  const labels = filterLabels([{ id: 'inclusion', data: { title: 'Inclusion and accessibility' } }]);

  it('lists only values some page carries, with page counts, in label order', () => {
    const groups = filterOptions(labels, [
      { type: ['case-study'], setting: ['nhs', 'vcse'] },
      { type: ['guidance'], topic: ['inclusion'] },
      { type: ['case-study'], setting: ['nhs'] },
    ]);
    expect(groups.find((g) => g.group === 'type')!.options).toEqual([
      { value: 'guidance', label: 'Guidance', count: 1 },
      { value: 'case-study', label: 'Case study', count: 2 },
    ]);
    expect(groups.find((g) => g.group === 'setting')!.options.map((o) => o.value)).toEqual(['nhs', 'vcse']);
    expect(groups.find((g) => g.group === 'form')!.options).toEqual([]);
  });

  it('keys a glossary name without case, spaces or hyphens', () => {
    expect(termKey('Co-production')).toBe(termKey('coproduction'));
    expect(termKey('Experience-based co-design')).toBe('experiencebasedcodesign');
  });
});
