/** Where a value is written in a file's frontmatter, for messages about that value. */

/**
 * The line and column of `value` in the list or value of `field` (the first
 * match at or after the field's line), or the field's own line when the value
 * cannot be found there.
 */
export function valuePosition(source: string, field: string, value: string): { line: number; column: number } {
  const lines = source.split('\n');
  const fieldLine = Math.max(0, lines.findIndex((line) => line.startsWith(`${field}:`)));
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (let index = fieldLine; index < lines.length && lines[index] !== '---'; index += 1) {
    const column = lines[index]!.search(new RegExp(`(?<![\\w.-])${escaped}(?![\\w.-])`));
    if (column >= 0 && (index > fieldLine || column > field.length)) return { line: index + 1, column: column + 1 };
  }
  return { line: fieldLine + 1, column: 1 };
}
