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

/** Every place a Markdown link or definition in `files` targets `href` exactly; the column is the link's opening bracket of the address. */
export function locateLink(files: ContentFile[], href: string): Place[] {
  const places: Place[] = [];
  for (const { path, source } of files) {
    source.split('\n').forEach((text, index) => {
      for (const marker of [`](${href})`, `](${href} `, `]: ${href}`]) {
        for (let column = text.indexOf(marker); column >= 0; column = text.indexOf(marker, column + 1)) {
          places.push({ path, line: index + 1, column: column + 2 });
        }
      }
    });
  }
  return places;
}
