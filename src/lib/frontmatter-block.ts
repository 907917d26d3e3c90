/**
 * A content file's leading frontmatter block, found the same way by every
 * reader of the file: the content checks, the page renderer and the readers
 * of redirects, glossary terms and evidence summaries. A byte-order mark may
 * come first (Windows editors save one; Astro accepts it), so a file the
 * checks pass is never read by another part as having no frontmatter.
 */
export interface FrontmatterBlock {
  /** The YAML between the two --- lines. */
  text: string;
  /** False when the closing --- line is missing. */
  closed: boolean;
  /** The block as the file holds it, from its first character (the byte-order mark, if any) to the end of the closing line. */
  raw: string;
}

export function frontmatterBlock(source: string): FrontmatterBlock | undefined {
  if (!/^\uFEFF?---\r?\n/.test(source)) return undefined;
  const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { text: match[1] ?? '', closed: true, raw: match[0] } : { text: '', closed: false, raw: '' };
}
