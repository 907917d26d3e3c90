/**
 * Guidance pages' bodies as parts of the whole guide (src/print/combine.ts),
 * kept between builds. /print/ is rendered again whenever one page's text
 * changes (src/build/index-page-key.ts), and making every part parses each
 * body's HTML again: about 3 s of CPU at 1,000 pages, for the one part that
 * changed. A part depends only on the body's HTML, the page's id, whether
 * it keeps its own reference list, and the code: all of them are the key.
 */
import { printedBody } from '../print/combine.ts';
import { codeHash, keptText } from './build-cache.ts';
import { hashOf } from './input-hashes.ts';

/** printedBody(html, entryId, ownReferences), from an earlier build when it made the same part. */
export function cachedPrintedBody(html: string, entryId: string, ownReferences: boolean): string {
  return keptText('kb-printed-bodies', `${hashOf(codeHash(), html, entryId, ownReferences)}.html`, () => printedBody(html, entryId, ownReferences));
}
