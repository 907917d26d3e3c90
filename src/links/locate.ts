/**
 * Finds where a link is written in content/, so a broken link found in the
 * built HTML is reported at the file and line a maintainer can fix.
 */
import type { ContentFile } from '../citations/check.ts';

export interface Place {
  path: string;
  line: number;
  column: number;
}

/**
 * Where every Markdown link and definition in `files` points, read once, so
 * each broken link is then a lookup: searching every file for each of 4,800
 * broken links took over a minute at 1,000 pages. Columns are those of the
 * opening bracket of the address.
 */
export function linkLocator(files: ContentFile[]): (href: string) => Place[] {
  const links = files.flatMap(({ path, source }) =>
    source.split('\n').flatMap((text, index) =>
      [...text.matchAll(/\]\(([^)\s]+)[)\s]|\]: (\S+)/g)].map((match) => ({ href: match[1] ?? match[2]!, place: { path, line: index + 1, column: match.index + 2 } })),
    ),
  );
  const byHref = Map.groupBy(links, (link) => link.href);
  return (href) => byHref.get(href)?.map((link) => link.place) ?? [];
}
