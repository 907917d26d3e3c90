import { describe, expect, it } from 'vitest';
import { toCslJson } from '../../../src/citations/downloads/csl-json.ts';

describe('CSL-JSON downloads', () => {
  it("mends what the schema does not allow and leaves out what it does not know: Zotero's string years, fields of other programs", () => {
    const [item] = JSON.parse(toCslJson([{ id: 'z', type: 'report', title: 'T', issued: { 'date-parts': [['2022', 7, 12]] }, 'x-zotero-key': 'ABCD' }]));
    expect(item).toEqual({ id: 'z', type: 'report', title: 'T', issued: { 'date-parts': [[2022, 7, 12]] } });
  });

  it('lists only the named people, with a note for each shortened list after the note the work had', () => {
    const [item] = JSON.parse(toCslJson([{ id: 'a', type: 'book', title: 'T', note: 'Second edition', author: [{ family: 'Bee', given: 'P.' }, { family: 'others' }], editor: [{ literal: 'others' }] }]));
    expect(item.author).toEqual([{ family: 'Bee', given: 'P.' }]);
    expect(item.editor).toBeUndefined();
    expect(item.note).toBe('Second edition. Further authors not listed (et al.). Further editors not listed (et al.)');
  });
});
