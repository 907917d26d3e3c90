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
  const places = new Map<string, Place[]>();
  for (const { path, source } of files) {
    source.split('\n').forEach((text, index) => {
      for (const match of text.matchAll(/\]\(([^)\s]+)[)\s]|\]: (\S+)/g)) {
        const href = match[1] ?? match[2]!;
        const place = { path, line: index + 1, column: match.index + 2 };
        const known = places.get(href);
        if (known) known.push(place);
        else places.set(href, [place]);
      }
    });
  }
  return (href) => places.get(href) ?? [];
}
