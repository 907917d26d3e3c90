/**
 * One folder per case under bibliography-fixtures/, named as a sentence:
 * its .bib/.json files are loaded together, and expected.txt holds either the
 * keys loaded or the exact problems reported (UPDATE_FIXTURES=1 rewrites it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BibliographyError, loadBibliography } from '../../src/citations/bibliography.ts';

const fixtures = new URL('./bibliography-fixtures/', import.meta.url);

function outcome(dir: string): string {
  try {
    return `loaded: ${[...loadBibliography(dir, 'bibliography').items.keys()].join(', ')}\n`;
  } catch (error) {
    if (!(error instanceof BibliographyError)) throw error;
    return `${error.problems.join('\n')}\n`;
  }
}

describe('loadBibliography', () => {
  it.each(readdirSync(fixtures))('%s', (name) => {
    const folder = new URL(`${name}/`, fixtures);
    const expected = new URL('expected.txt', folder);
    const actual = outcome(fileURLToPath(folder));
    if (process.env.UPDATE_FIXTURES || !existsSync(expected)) writeFileSync(expected, actual);
    expect(actual).toBe(readFileSync(expected, 'utf8'));
  });

  it('reports every problem of every file together', () => {
    const error = (() => {
      try {
        loadBibliography(fileURLToPath(new URL('a duplicate key names both files/', fixtures)), 'bibliography');
      } catch (caught) {
        return caught as BibliographyError;
      }
      return undefined;
    })();
    expect(error?.message).toBe(
      'The bibliography has a problem:\n  - bibliography/second.json:1: entry "webb2021" is already defined in bibliography/first.bib. Keep one of them, or give this one a different key.',
    );
  });

  it('says how to fix a missing bibliography folder', () => {
    expect(() => loadBibliography(fileURLToPath(new URL('./no-such-folder/', fixtures)), 'content/bibliography')).toThrow(
      'content/bibliography/ does not exist. Create it and add a .bib or CSL-JSON .json file of the works you cite.',
    );
  });
});

