/**
 * The content check knows the site's addresses and ids from the sources
 * (src/links/site-addresses.ts), without building. Here that knowledge is
 * held to the built site: a link the check accepts always works, and every
 * section, term and work a reader can link to is one the check knows.
 * Needs only the built site, not a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-checks/check-content.ts';
import { elementIds, htmlPages } from '../../src/links/check-links.ts';
import { distDir, projectRoot } from './built-site.ts';

const { site } = checkContent({ root: projectRoot, pagesDirs: [join(projectRoot, 'src/routes')], publicDir: join(projectRoot, 'public'), today: new Date() });
const built = new Map([...htmlPages(distDir)].map(([page, file]) => [page, readFileSync(file, 'utf8')]));

/** Ids a reader links to: those of headings, definition terms and list items. */
const linkableIds = (html: string) => [...html.matchAll(/<(?:h[1-6]|dt|li)\b[^>]*?\sid="([^"]*)"/g)].map((match) => match[1]!);

describe('the site as the sources describe it', () => {
  it('has exactly the pages the build wrote, redirects included', () => {
    expect([...site.pages.keys()].sort()).toEqual([...built.keys()].sort());
  });

  it('expects only ids the built pages have', () => {
    const missing = [...site.pages].flatMap(([page, ids]) => {
      const found = elementIds(built.get(page) ?? '');
      return [...ids].filter((id) => !found.has(id)).map((id) => `${page}#${id}`);
    });
    expect(missing).toEqual([]);
  });

  it('knows every heading, glossary term and work on every page', () => {
    const unknown = [...built].flatMap(([page, html]) => linkableIds(html).filter((id) => !site.pages.get(page)?.has(id)).map((id) => `${page}#${id}`));
    expect(unknown).toEqual([]);
  });

  it('knows only downloads and files the build wrote', () => {
    expect([...site.files].filter((file) => !existsSync(join(distDir, file)))).toEqual([]);
  });
});
