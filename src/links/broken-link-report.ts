/**
 * The build's report of broken links (src/integrations/link-check.ts), one
 * line per problem. A link written in content/ is named where it is written
 * (file:line:column). One no content file writes is the templates': it is
 * broken on every page that has it, so it is one line with those pages, and
 * where it leads to a page the site put in place of the generator's, that
 * page is named as what lacks what the link needs (the About page's
 * #feedback, which every page's "Feedback" link goes to).
 */
import type { BrokenLink } from './check-links.ts';
import type { Place } from './locate.ts';
import { brokenLinkMessage } from './resolve.ts';

export interface BrokenLinkSources {
  /** Where content/ writes a link (src/links/locate.ts). */
  locate: (href: string) => Place[];
  /** The site's own page that answers at an address in place of the generator's, as a path from the site's folder. */
  replacementAt: (address: string) => string | undefined;
}

/** "The page /a/", or "12 pages (/a/, /b/, /c/ and 9 more)". */
function onPages(pages: string[]): string {
  if (pages.length === 1) return `The page ${pages[0]}`;
  const named = pages.slice(0, 3).join(', ');
  return `${pages.length} pages (${pages.length > 3 ? `${named} and ${pages.length - 3} more` : named})`;
}

function templateAdvice(page: string, href: string, { replacementAt }: BrokenLinkSources): string {
  const target = new URL(href.split('#')[0] || page, `http://site${page}`).pathname;
  const replacement = replacementAt(target);
  if (replacement) return `The generator's pages make this link, to ${replacement}, the site's own page in place of the generator's: give that page what the link needs, as the generator's page at ${target} has it.`;
  return "The site's templates make this link, not content/: report it to the site's developers.";
}

/** Each problem once; `base` is the site's base path ("/" or "/kb/"), which the report leaves out of addresses. */
export function brokenLinkReport(broken: readonly BrokenLink[], base: string, sources: BrokenLinkSources): string[] {
  const lines: string[] = [];
  const fromTemplates = new Map<string, string[]>();
  for (const { page, href, reason } of broken) {
    const written = href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href;
    const message = brokenLinkMessage(written, reason);
    const places = sources.locate(written);
    if (places.length > 0) lines.push(...places.map(({ path, line, column }) => `${path}:${line}:${column}: ${message}`));
    else {
      const problem = `${message} ${templateAdvice(page, written, sources)}`;
      fromTemplates.set(problem, [...(fromTemplates.get(problem) ?? []), page]);
    }
  }
  for (const [problem, pages] of fromTemplates) lines.push(`${onPages(pages)}: ${problem}`);
  return [...new Set(lines)];
}
