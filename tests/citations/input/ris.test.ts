/**
 * What RIS records read as where EndNote and other exporters depart from
 * the RIS specification; the fixture's expected.txt pins the warnings.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../../src/citations/bibliography.ts';

const items = readBibliography(fileURLToPath(new URL('../bibliography-fixtures/ris quirks of endnote and unknown types load with warnings/', import.meta.url)), 'bibliography').bibliography.items;

describe('RIS input', () => {
  it('reads EndNote’s WEB type as a web page, its corporate author as an organisation, and its access date from M1 and VL', () => {
    expect(items.get('who2023')).toMatchObject({
      type: 'webpage',
      title: 'Patient safety',
      author: [{ literal: 'World Health Organization' }],
      accessed: { 'date-parts': [[2024, 3, 3]] },
    });
  });

  it('reads a DOI that EndNote wrote in M3, one keyword a line under KW, and keeps the year when the date has none', () => {
    expect(items.get('example2020')).toMatchObject({ DOI: '10.1234/example.2020.1', keyword: 'co-production,patient involvement', issued: { 'date-parts': [[2020]] } });
    expect(items.get('example2020')).not.toHaveProperty('genre');
  });

  it('leaves out a month and day with no year to complete them, rather than reading the day as a year', () => {
    expect(items.get('undatednd')).not.toHaveProperty('issued');
  });

  it('reads a record of a type RIS does not have as a generic work, with its fields', () => {
    expect(items.get('host2022')).toMatchObject({ type: 'document', title: 'An episode of a type RIS does not have', author: [{ family: 'Host', given: 'Some' }] });
  });
});
