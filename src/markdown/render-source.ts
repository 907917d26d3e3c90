/**
 * Renders a content page from its source file when its page is built.
 *
 * Astro would render Markdown while syncing content and keep the HTML in its
 * data store, which the build bundles whole into the server code (96 MB for
 * 3,000 synthetic pages, and most of the build's peak memory); an MDX page
 * becomes a module of that bundle. Rendered here instead, one page at a
 * time, a page's HTML is only held while the page is written. Astro's own
 * renderer with the site's settings does the work, so the HTML is the same,
 * and is then sanitised (src/security/sanitise-html.ts), as every page is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBody } from '../build/body-cache.ts';
import { siteRoot } from '../config/site-paths.ts';
import { withoutFrontmatter } from '../citations/scan.ts';
import { sanitiseHtml } from '../security/sanitise-html.ts';
import { siteMarkdown } from './site-pipeline.ts';

/**
 * A content file's text without its frontmatter, whose lines stay blank so
 * positions (and messages) match the file. Paths are relative to the
 * site's root, as Astro records them.
 */
export function entryBody(filePath: string): string {
  return withoutFrontmatter(readFileSync(resolve(siteRoot(), filePath), 'utf8')).body;
}

let renderer: ReturnType<ReturnType<typeof siteMarkdown>['processor']['createRenderer']> | undefined;

/** A page's HTML from its text (frontmatter blanked), as `fileURL`'s page: rendered, then sanitised. */
export async function renderBody(body: string, fileURL: URL): Promise<string> {
  if (!renderer) {
    const { processor, syntaxHighlight } = siteMarkdown();
    renderer = processor.createRenderer({ syntaxHighlight });
  }
  const { code } = await (await renderer).render(body, { fileURL });
  return sanitiseHtml(code);
}

/** The page's HTML, from the file the entry was loaded from, sanitised. */
export function renderSource(filePath: string): Promise<string> {
  const body = entryBody(filePath);
  // A page's body is shown on its page and in /print/: rendered once, and kept for the next build (src/build/body-cache.ts).
  return cachedBody(filePath, body, () => renderBody(body, pathToFileURL(resolve(siteRoot(), filePath))));
}
