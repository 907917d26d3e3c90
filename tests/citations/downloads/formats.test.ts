import { describe, expect, it } from 'vitest';
import { downloadFormats, downloadStaticPaths, downloadRoute } from '../../../src/citations/downloads/formats.ts';

describe('download formats', () => {
  it('publishes every list as .bib, .ris and .json, each with the works it holds', () => {
    const items = [{ id: 'a', type: 'book', title: 'T' }];
    expect(downloadStaticPaths('power', items)).toEqual([
      { params: { file: 'power.bib' }, props: { items, extension: 'bib' } },
      { params: { file: 'power.ris' }, props: { items, extension: 'ris' } },
      { params: { file: 'power.json' }, props: { items, extension: 'json' } },
    ]);
  });

  it('serves each with its media type in UTF-8', async () => {
    expect(Object.values(downloadFormats).map(({ contentType }) => contentType)).toEqual([
      'application/x-bibtex; charset=utf-8',
      'application/x-research-info-systems; charset=utf-8',
      'application/vnd.citationstyles.csl+json; charset=utf-8',
    ]);
    const response = (await downloadRoute({ props: { items: [{ id: 'a', type: 'book', title: 'Ünïcode' }], extension: 'json' } } as never)) as Response;
    expect(response.headers.get('Content-Type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(JSON.parse(await response.text())).toEqual([{ id: 'a', type: 'book', title: 'Ünïcode' }]);
  });
});
