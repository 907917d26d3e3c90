/**
 * The glossary's terms, read from content/glossary/ frontmatter when the
 * config loads, so Markdown plugins can link terms on every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { withoutFrontmatter } from '../citations/scan.ts';

export interface GlossaryTerm {
  /** The entry's id: its file name, and its anchor on /glossary/. */
  id: string;
  /** Every way readers may meet the term: the term, its expansion and its aliases. */
  phrases: string[];
}

export function readGlossaryTerms(dir: string): GlossaryTerm[] {
  // A site without a glossary yet simply links no terms.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') || name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      let data: { term?: unknown; expansion?: unknown; aliases?: unknown; autoLink?: unknown };
      try {
        data = (load(withoutFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter) ?? {}) as typeof data;
      } catch {
        return []; // The content schema reports malformed frontmatter with its position.
      }
      if (typeof data.term !== 'string' || data.autoLink === false) return [];
      const phrases = [data.term, data.expansion, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((p): p is string => typeof p === 'string' && p.length > 1);
      return [{ id: basename(name).replace(/\.mdx?$/, ''), phrases }];
    });
}
