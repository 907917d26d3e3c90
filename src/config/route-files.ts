/**
 * The generator's pages: every .astro file and every endpoint module (.ts
 * here, .js once compiled into the package) under src/routes/ is injected as
 * a route (src/integration.ts), at the address Astro would give
 * it in a site's own src/pages/ (guidance/[...slug].astro is
 * /guidance/[...slug], index.astro is its folder's address). Injected, they
 * are the same in this repository as in a site that installs the generator.
 * A site replaces one with a page of its own at the same address in its
 * src/pages/ (routesToInject).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RouteFile {
  /** Astro's route pattern, e.g. "/guidance/[...slug]" or "/". */
  pattern: string;
  /** The file, absolute. */
  entrypoint: string;
}

const route = /\.(?:astro|ts|js)$/;
/** Any page Astro routes from a site's src/pages/: components, Markdown, HTML and endpoints. */
const sitePage = /\.(?:astro|md|mdx|html|ts|js)$/;

/** The files under `dir` that `kind` matches (never type declarations), each with the pattern Astro routes it at. */
function routed(dir: string, kind: RegExp): { file: string; pattern: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => kind.test(file) && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => ({ file, pattern: `/${file.replace(kind, '').replace(/(?:^|\/)index$/, '')}` }));
}

/**
 * The site's own page that answers at `address` ("/about/"), relative to
 * `sitePagesDir`; undefined if none does. Only pages at a fixed address:
 * a site that replaces a generator page replaces one of those.
 */
export function sitePageAt(sitePagesDir: string, address: string): string | undefined {
  if (!existsSync(sitePagesDir)) return undefined;
  const pattern = address.replace(/\/$/, '') || '/';
  return routed(sitePagesDir, sitePage).find((page) => page.pattern === pattern)?.file;
}

/**
 * Where an index page that gives a cache key (src/build/index-page-key.ts) is
 * routed. Astro calls getStaticPaths(), which gives the key, only on a route
 * with a parameter, so such a page is routed at `<folder>/[...index]`, whose
 * one path leaves `index` undefined: its folder's address, as before. Its
 * file keeps the name index.astro, which Vite names the page's scripts and
 * styles after, so the built site stays the same.
 */
function keyedIndexPattern(dir: string, { file, pattern }: { file: string; pattern: string }): string {
  const keyed = /(?:^|\/)index\.astro$/.test(file) && /^export const getStaticPaths\b/m.test(readFileSync(join(dir, file), 'utf8'));
  return keyed ? `${pattern.replace(/\/$/, '')}/[...index]` : pattern;
}

/**
 * The generator's routes, less those a site replaces with a page of its own
 * at the same address: Astro would otherwise have two routes for one address.
 */
export function routesToInject(routesDir: string, sitePagesDir: string): RouteFile[] {
  const own = new Set(existsSync(sitePagesDir) ? routed(sitePagesDir, sitePage).map(({ pattern }) => pattern) : []);
  return routed(routesDir, route)
    .filter(({ pattern }) => !own.has(pattern))
    .map((file) => ({ pattern: keyedIndexPattern(routesDir, file), entrypoint: join(routesDir, file.file) }));
}
