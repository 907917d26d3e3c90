/**
 * Content runs no code when the site builds (src/content-checks/mdx-document.ts),
 * so the built site holds nothing of the machine that built it: not the
 * working directory, the home folder or PATH. An MDX page could once print
 * all three. Reads dist/ from `npm run build`; needs no browser.
 * (reproducible-build.test.ts also builds with another HOME and PATH and
 * finds the same bytes.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from './built-site.ts';

const home = process.env['HOME'] ?? '';
const path = process.env['PATH'] ?? '';
/** The whole PATH, the folders in it that are this machine's own (under the home folder or the project), the project and the home folder. */
const values = [projectRoot.replace(/\/$/, ''), home, path, ...path.split(':').filter((dir) => (home && dir.startsWith(home)) || dir.startsWith(projectRoot))].filter((value) => value.length > 1);

describe('the built site', () => {
  it('holds no value of the environment it was built in', () => {
    const files = (readdirSync(distDir, { recursive: true }) as string[]).filter((name) => statSync(join(distDir, name)).isFile());
    const found = files.flatMap((name) => {
      const text = readFileSync(join(distDir, name), 'latin1');
      return values.filter((value) => text.includes(value)).map((value) => `${name}: ${value}`);
    });
    expect(values.length).toBeGreaterThan(2);
    expect(found).toEqual([]);
  });
});
