/**
 * One folder per case under bibliography-fixtures/, named as a sentence:
 * its .bib/.ris/.json files are loaded together, and expected.txt holds the
 * keys loaded and every error, warning and given key, exactly as reported
 * (UPDATE_FIXTURES=1 rewrites it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BibliographyError, loadBibliography, readBibliography } from '../../src/citations/bibliography.ts';
import { formatProblem } from '../../src/citations/check.ts';

const fixtures = new URL('./bibliography-fixtures/', import.meta.url);

function outcome(dir: string): string {
  const { bibliography, errors, warnings, givenKeys } = readBibliography(dir, 'bibliography');
  return [
    `loaded: ${[...bibliography.items.keys()].join(', ')}`,
    ...errors.map((problem) => `error: ${formatProblem(problem)}`),
    ...warnings.map((problem) => `warning: ${formatProblem(problem)}`),
    ...givenKeys.map((problem) => `key: ${formatProblem(problem)}`),
  ].join('\n') + '\n';
}

describe('loadBibliography', () => {
  it.each(readdirSync(fixtures).filter((name) => !name.endsWith('.md')))('%s', (name) => {
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
      'The bibliography has a problem:\n  - bibliography/second.json:1:1: Entry "webb2021" is already defined in bibliography/first.bib. Keep one of them, or give this one a different key.',
    );
  });

  it('says how to fix a missing bibliography folder', () => {
    expect(() => loadBibliography(fileURLToPath(new URL('./no-such-folder/', fixtures)), 'content/bibliography')).toThrow(
      'content/bibliography/:1:1: The bibliography folder does not exist. Create it and add a .bib, .ris or CSL-JSON .json file of the works you cite.',
    );
  });
});

