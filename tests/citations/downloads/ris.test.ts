import { describe, expect, it } from 'vitest';
import { toRis } from '../../../src/citations/downloads/ris.ts';

const long = 'A title that is much longer than the seventy characters at which citation-js wrapped every RIS value';

describe('RIS downloads', () => {
  const text = toRis([
    { id: 'a', type: 'article-journal', title: long, abstract: 'First line\nsecond line', author: [{ family: 'Bee', given: 'P.' }, { family: 'others' }], issued: { 'date-parts': [[2015]] } },
    { id: 'b', type: 'webpage', title: 'A post', 'container-title': 'Healthwatch Essex', issued: { literal: 'n.d.' } },
  ]);
  const lines = text.split('\r\n');

  it('writes each value on one line, however long, with CR LF line ends and a blank line after each record', () => {
    expect(lines).toContain(`TI  - ${long}`);
    expect(lines).toContain('AB  - First line second line');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('ER  - \r\n\r\n')).toBe(true);
    expect(lines.filter((line) => line === 'TY  - JOUR' || line === 'TY  - ELEC')).toHaveLength(2);
  });

  it('lists only the named authors and says the list was shortened', () => {
    expect(lines.filter((line) => line.startsWith('AU  - '))).toEqual(['AU  - Bee, P.']);
    expect(lines).toContain('N1  - Further authors not listed (et al.)');
  });

  it("writes a web page's site as T2 and a text date as PY", () => {
    expect(lines).toContain('T2  - Healthwatch Essex');
    expect(lines).toContain('PY  - n.d.');
  });
});
