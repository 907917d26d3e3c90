/**
 * Rendered page bodies kept between builds, for pages that show many bodies.
 * Astro's incremental build copies a guidance page it rendered before, but
 * /print/ shows every guidance page, so it is rendered again whenever one
 * page's text changes (src/build/index-page-key.ts), and then rendered all
 * 1,000 synthetic bodies again: 7 of the 11 seconds it took. A body's HTML depends on its text, its file
 * (glossary entries do not link themselves), the site-wide inputs and the
 * works it cites (src/build/page-cache-key.ts), and on the renderer's code,
 * which Astro's module hashes do not cover here: all of src/ and the
 * installed packages are part of the key (build-cache.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryMatcher } from '../glossary/context.ts';
import { analyseBody } from '../lib/page-index.ts';
import { buildCacheDir, codeHash } from './build-cache.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';

const cacheDir = () => buildCacheDir('kb-bodies');

/** The key of a body: everything its HTML depends on. */
function bodyKey(filePath: string, body: string): string {
  const { counts } = analyseBody(body, filePath.endsWith('.mdx'), glossaryMatcher());
  return hashOf(codeHash(), siteInputs(), filePath, body, [...counts.keys()].map(workInputs));
}

/** Bodies being rendered, so two pages asking at once render one once. Only while rendering: a site's bodies held for the whole build took hundreds of MB at 10,000 pages. */
const rendering = new Map<string, Promise<string>>();

/** The body's HTML from this build or the previous one with the same key (read from the cache folder), or `render()`'s, kept there. */
export function cachedBody(filePath: string, body: string, render: () => Promise<string>): Promise<string> {
  const key = bodyKey(filePath, body);
  const file = join(cacheDir(), `${key}.html`);
  if (existsSync(file)) return Promise.resolve(readFileSync(file, 'utf8'));
  let html = rendering.get(key);
  if (!html) {
    html = render()
      .then((rendered) => {
        mkdirSync(cacheDir(), { recursive: true });
        writeFileSync(file, rendered);
        return rendered;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, html);
  }
  return html;
}
