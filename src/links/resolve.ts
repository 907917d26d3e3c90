/**
 * Whether an internal link leads somewhere and, when it does not, what to
 * write instead. One rule for the content check, which reads links from
 * content/ and knows the site's addresses from the sources
 * (src/links/site-addresses.ts), and for the build's last look at the HTML
 * it wrote (src/links/check-links.ts).
 */
import { closestKeys } from '../citations/suggest.ts';

export interface LinkTargets {
  /** The element ids on the page at `path` ("/guidance/power/"), or undefined when no page is there. */
  idsOn(path: string): ReadonlySet<string> | undefined;
  /** Whether a file (a download, an image, a folder) answers at `path`. */
  hasFile(path: string): boolean;
  /** The addresses to suggest for a link that leads nowhere. */
  addresses: readonly string[];
}

/** Links to other sites, e-mail addresses and the like are not the site's to check. */
export const isExternal = (href: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(href);

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The closest address, leaving out the folders the link is already inside ("/" and "/guidance/" for "/guidance/x/"). */
function nearestAddress(target: string, addresses: readonly string[]): string | undefined {
  return closestKeys(target, addresses.filter((address) => !target.startsWith(address)), 1)[0];
}

/**
 * What is wrong with `href`, written on the page at `page`, and what to do,
 * as one sentence for "Link to "…" is broken: …"; undefined when the link
 * resolves. Page addresses are without the base path; `base` ("/" or "/kb/")
 * is the one the link was written for.
 */
export function linkProblem(href: string, page: string, base: string, targets: LinkTargets): string | undefined {
  const [pathPart = '', fragment] = href.split('#', 2);
  let target = page;
  if (pathPart) {
    const absolute = new URL(pathPart, `http://site${base}${page.slice(1)}`).pathname;
    if (!absolute.startsWith(base)) return `it points outside the site's folder ${base}. Write addresses from the site's root, e.g. /guidance/power/.`;
    target = `/${absolute.slice(base.length)}`;
    if (!targets.idsOn(target)) {
      // Downloads and assets are files, not pages, and have no sections to check.
      if (targets.hasFile(target)) return undefined;
      const nearest = nearestAddress(target, targets.addresses);
      return `no page has the address ${target}. ${nearest ? `Did you mean ${nearest}?` : 'Check the address on the site: a page is at /<folder>/<file name>/, e.g. /guidance/power/.'}`;
    }
  }
  if (fragment === undefined || fragment === '') return undefined;
  const id = decode(fragment);
  const ids = targets.idsOn(target)!;
  if (ids.has(id)) return undefined;
  const [nearest] = closestKeys(id, ids, 1);
  return `${target} has no section with the id "${id}". ${nearest ? `Did you mean #${nearest}?` : 'A section\'s id is its heading in lowercase with hyphens, e.g. #in-practice.'}`;
}

export const brokenLinkMessage = (href: string, problem: string) => `Link to "${href}" is broken: ${problem}`;
