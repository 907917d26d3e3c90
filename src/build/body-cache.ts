/**
 * Rendered page bodies kept between builds, for pages that show many bodies.
 * Astro's incremental build copies a guidance page it rendered before, but
 * /print/ has no cache key (it shows every guidance page) and so rendered all
 * 1,000 synthetic bodies again in every build: 7 of the 11 seconds the
 * always-rendered pages took. A body's HTML depends on its text, its file
 * (glossary entries do not link themselves), the site-wide inputs and the
 * works it cites (src/build/page-cache-key.ts), and on the renderer's code,
 * which Astro's module hashes do not cover here: all of src/ and the
 * installed packages are part of the key.
 * Keyed files live in Astro's cache folder (node_modules/.astro), which a
 * cold build removes; files of old keys stay until then.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatorPath, generatorSourcePath, siteRoot } from '../config/site-paths.ts';
import { glossaryMatcher } from '../glossary/context.ts';
import { analyseBody } from '../lib/page-index.ts';
import { hashOf, siteInputs, workInputs } from './input-hashes.ts';

/** Beside Astro's own caches, in the site's node_modules/.astro. */
const cacheDir = () => join(siteRoot(), 'node_modules/.astro/kb-bodies');
/**
 * The renderer's code: all of the generator's modules (the Markdown pipeline,
 * its plugins and whatever they import, which no list kept by hand would
 * stay true to), its version, and the packages the site has installed, so a
 * generator upgrade never serves a body rendered by the old one.
 */
const rendererSources = () => [generatorSourcePath(), generatorPath('package.json'), join(siteRoot(), 'package-lock.json')];

let code: string | undefined;
function rendererCode(): string {
  if (code === undefined) {
    const hash = createHash('sha256');
    const add = (path: string) => {
      if (!existsSync(path)) return;
      if (!path.endsWith('.json') && !/\.\w+$/.test(path)) {
        for (const name of (readdirSync(path, { recursive: true }) as string[]).sort()) if (/\.(?:ts|mjs|js|astro|xml|json)$/.test(name)) add(join(path, name));
        return;
      }
      hash.update(path).update('\0').update(readFileSync(path)).update('\0');
    };
    for (const source of rendererSources()) add(source);
    code = hash.digest('base64url');
  }
  return code;
}

/** The key of a body: everything its HTML depends on. */
function bodyKey(filePath: string, body: string): string {
  const { counts } = analyseBody(body, filePath.endsWith('.mdx'), glossaryMatcher());
  return hashOf(rendererCode(), siteInputs(), filePath, body, [...counts.keys()].map(workInputs));
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
