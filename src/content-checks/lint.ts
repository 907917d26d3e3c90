/**
 * Content checks beyond what the build enforces, each pointing at a file and
 * line: images without alt text (an error: the image means nothing to a
 * screen reader), pages past their review date, placeholders left in, and
 * bibliography entries that nothing cites (warnings).
 */
import type { Bibliography } from '../citations/bibliography.ts';
import type { ContentFile, Problem } from '../citations/check.ts';
import { withoutFrontmatter } from '../citations/scan.ts';
import { isOverdue } from '../lib/review.ts';

function eachLine(file: ContentFile, test: (text: string) => { column: number; message: string } | undefined): Problem[] {
  return file.source.split('\n').flatMap((text, index) => {
    const found = test(text);
    return found ? [{ path: file.path, line: index + 1, ...found }] : [];
  });
}

export function imagesWithoutAlt(files: ContentFile[]): Problem[] {
  // Only the body: frontmatter shows no images (its HTML is reported as such, src/content-checks/plain-text.ts).
  return files.flatMap((file) =>
    eachLine({ ...file, source: withoutFrontmatter(file.source).body }, (text) => {
      const markdown = /!\[\s*\]\(/.exec(text);
      const html = /<img\b(?![^>]*\balt=)[^>]*>/i.exec(text);
      const match = markdown ?? html;
      return match ? { column: match.index + 1, message: 'This image has no alt text. Describe what it shows, e.g. ![Chart of survey results by staff group](...).' } : undefined;
    }),
  );
}

export function pastReview(files: ContentFile[], today: Date): Problem[] {
  return files.flatMap((file) =>
    eachLine(file, (text) => {
      const match = /^nextReviewDue:\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(text);
      if (!match || !isOverdue(new Date(match[1]!), today)) return undefined;
      return { column: 1, message: `This page was due for review on ${match[1]}. Review it, then update lastReviewed and nextReviewDue.` };
    }),
  );
}

export function placeholders(files: ContentFile[]): Problem[] {
  return files.flatMap((file) =>
    eachLine(file, (text) => {
      const column = text.indexOf('TODO');
      return column >= 0 ? { column: column + 1, message: 'A placeholder is still here. Replace the TODO with real content.' } : undefined;
    }),
  );
}

/** Bibliography entries no page cites, in text or frontmatter (`used`), reported where the entry starts. */
export function unusedEntries(used: ReadonlySet<string>, bibliography: Bibliography): Problem[] {
  return [...bibliography.items.keys()]
    .filter((key) => !used.has(key))
    .map((key) => {
      const path = bibliography.fileOf.get(key) ?? 'content/bibliography';
      const line = bibliography.lineOf?.get(key) ?? 1;
      return { path, line, column: 1, message: `No page cites "${key}". Cite it, list it in an evidence page's citesWorks, or remove it.` };
    });
}

/**
 * Tags in a bibliography file are shown to readers as literal text (the site
 * escapes them; citeproc formats only its own few plain tags such as <b>),
 * which is rarely what the author meant: usually a paste from a web page. A
 * warning, so the entry can be cleaned. Read from the file, not the parsed
 * entries, where \textit{} has already become <i>.
 */
export function markupInBibliography(bibliographyText: Map<string, string>): Problem[] {
  return [...bibliographyText].flatMap(([path, text]) =>
    text.split('\n').flatMap((line, index) => {
      const found = /<\/?[a-z!][^>]*>/i.exec(line);
      if (!found) return [];
      return [{ path, line: index + 1, column: found.index + 1, message: `This entry contains markup (${found[0]}). Readers will see it as text, not formatting: remove it unless the work's title really contains it.` }];
    }),
  );
}
