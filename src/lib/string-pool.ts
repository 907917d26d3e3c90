/**
 * Keeps strings taken out of a large text without keeping the text.
 *
 * V8 makes a substring of 13 or more characters (a regular-expression match,
 * a slice) a view into the string it came from, so the few ids and links kept
 * from each built page held that page's whole HTML: 1.1 GB of the link
 * check's memory on a 10,000-page site, measured, against 39 MB through a
 * pool. A pool keeps one copy of each distinct string, parsed afresh (JSON
 * keeps every UTF-16 unit, even a lone surrogate, where a round trip through
 * UTF-8 would not), so the thousands of pages that share a link also share
 * its string.
 */
export class StringPool {
  readonly #strings = new Map<string, string>();

  intern(text: string): string {
    let kept = this.#strings.get(text);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(text)) as string;
      this.#strings.set(kept, kept);
    }
    return kept;
  }
}
