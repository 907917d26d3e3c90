/**
 * What the build's own caches (body-cache.ts, page-references-cache.ts,
 * printed-body-cache.ts) share: where they keep their files, how, and the
 * hash of the code that makes what they keep. Their files live in Astro's cache folder
 * (node_modules/.astro), which a cold build removes; files of old keys stay
 * until then.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatorPath, generatorSourcePath, siteRoot } from '../config/site-paths.ts';

/** A cache's folder, beside Astro's own caches in the site's node_modules/.astro. */
export const buildCacheDir = (name: string): string => join(siteRoot(), 'node_modules/.astro', name);

/**
 * The code: all of the generator's modules (the Markdown pipeline, the
 * citation formatter, their plugins and whatever they import, which no list
 * kept by hand would stay true to), its version, and the packages the site
 * has installed, so a generator upgrade never serves what the old one made.
 * Astro's module hashes do not cover what a cache keeps.
 */
const codeSources = () => [generatorSourcePath(), generatorPath('package.json'), join(siteRoot(), 'package-lock.json')];

let code: string | undefined;
export function codeHash(): string {
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
    for (const source of codeSources()) add(source);
    code = hash.digest('base64url');
  }
  return code;
}

/**
 * The text kept under `key` in the cache `name` by this build or an earlier
 * one, or `make()`'s, kept there. Written whole, then renamed: a build
 * stopped halfway leaves no half a file to read next time.
 */
export function keptText(name: string, key: string, make: () => string): string {
  const file = join(buildCacheDir(name), key);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const text = make();
  mkdirSync(buildCacheDir(name), { recursive: true });
  writeFileSync(`${file}.${process.pid}`, text);
  renameSync(`${file}.${process.pid}`, file);
  return text;
}
