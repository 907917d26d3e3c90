/**
 * Where the site is and where the generator is. They are one folder in this
 * repository, and two in a site that installs the generator as a package:
 * content/ and the site's caches are under the site's root (Astro's
 * config.root), the citation locales and the renderer's sources under the
 * generator's folder. The build sets the root when it starts
 * (evidenceSite(), src/integration.ts); tools run from the site's folder, as
 * npm runs scripts, and use the working directory unless told another
 * (src/config/load-site-config.ts).
 *
 * Kept on globalThis: Astro evaluates these modules once for the config and
 * again bundled into dist/.prerender/, where import.meta.url no longer points
 * into the generator.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SitePaths {
  root: string;
  /** The site's own pages: src/pages/, or under Astro's srcDir if the site moved it. */
  pages: string;
  generator: string;
  source: string;
}

const key = Symbol.for('evidence-site.paths');
type Store = typeof globalThis & { [key]?: SitePaths };

function paths(): SitePaths {
  return ((globalThis as Store)[key] ??= {
    root: process.cwd(),
    pages: join(process.cwd(), 'src', 'pages'),
    generator: fileURLToPath(new URL('../../', import.meta.url)),
    source: fileURLToPath(new URL('../', import.meta.url)),
  });
}

/** Called once, when the build's config is set up, before anything reads content. */
export function setSiteRoot(root: string, srcDir = join(root, 'src')): void {
  paths().root = root;
  paths().pages = join(srcDir, 'pages');
}

/** The site's folder: content/ is in it, and messages name files relative to it. */
export const siteRoot = (): string => paths().root;

/** The site's own pages folder, which may replace generator pages and which links may point into. */
export const sitePagesPath = (): string => paths().pages;

/** A folder or file under the site's content/. */
export const contentPath = (...parts: string[]): string => join(paths().root, 'content', ...parts);

/** A file of the generator's package itself (package.json). */
export const generatorPath = (...parts: string[]): string => join(paths().generator, ...parts);

/**
 * A module or file of the generator (routes, citations/locales): under src/
 * in this repository, under dist-package/ in the package, where src/ is
 * compiled to JavaScript (tsconfig.package.json).
 */
export const generatorSourcePath = (...parts: string[]): string => join(paths().source, ...parts);

/** Whether the site has a CONTRIBUTING.md at its root, for its pages to point contributors to: this repository has one, a new site may not. */
export const hasContributingGuide = (): boolean => existsSync(join(paths().root, 'CONTRIBUTING.md'));
