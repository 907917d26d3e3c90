import { describe, expect, it } from 'vitest';
import { unknownKeyMessage } from '../../src/citations/messages.ts';
import { closestCitationKeys } from '../../src/citations/suggest.ts';

describe('citation keys a maintainer meant', () => {
  it('finds an entry pasted with its reference manager’s key when the page cites it in the site’s scheme', () => {
    const known = ['gillard_developing_2015', 'gillardDeveloping2016', 'Gillard2017', 'gilbert2015', 'makey2022'];
    expect(closestCitationKeys('gillard2015', known)[0]).toBe('gillard_developing_2015');
    expect(closestCitationKeys('gillard2016', known)[0]).toBe('gillardDeveloping2016');
    expect(closestCitationKeys('gillard2017', known)[0]).toBe('Gillard2017');
    expect(unknownKeyMessage('gillard2015', known)).toContain('Did you mean @gillard_developing_2015, ');
  });

  it('finds a key that begins with the one cited, of the same year', () => {
    expect(closestCitationKeys('compassion2023', ['compassionindying2023', 'compassionindying2021', 'makey2022'])).toEqual(['compassionindying2023']);
  });

  it('still suggests the keys a few edits away', () => {
    expect(closestCitationKeys('mkaey2022', ['makey2022', 'webb2021'])).toEqual(['makey2022']);
  });
});
