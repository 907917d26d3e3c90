/**
 * The evidence summaries' frontmatter, read from content/evidence/ when the
 * first page needs it, so the citations plugin can say what kind of evidence
 * each cited work is. Pages built by Astro read the same files through the
 * content collections; the content gate has checked them against the schema
 * before either reads them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import { withoutFrontmatter } from '../citations/scan.ts';
import { entryId } from '../lib/entry-id.ts';

export interface EvidenceSummary {
  /** The summary's id, and so its address (/evidence/<id>/). */
  id: string;
  title: string;
  /** The work it summarises. */
  citationKey: string;
  /** An id from content/vocabularies.yaml's evidenceKind list. */
  evidenceKind: string;
  /** How many took part, when the source says. */
  sampleSize?: number;
}

export function readEvidenceSummaries(dir: string): EvidenceSummary[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      let data: Record<string, unknown>;
      try {
        data = (load(withoutFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter) ?? {}) as Record<string, unknown>;
      } catch {
        return []; // The content schema reports malformed frontmatter with its position.
      }
      const { title, citationKey, evidenceKind, sample } = data;
      if (typeof title !== 'string' || typeof citationKey !== 'string' || typeof evidenceKind !== 'string') return [];
      const size = (sample as { size?: unknown } | undefined)?.size;
      return [
        {
          id: entryId(relative(dir, join(dir, name)).split(sep).join('/'), data),
          title,
          citationKey,
          evidenceKind,
          ...(typeof size === 'number' ? { sampleSize: size } : {}),
        },
      ];
    });
}
