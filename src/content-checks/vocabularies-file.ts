/**
 * content/vocabularies.yaml, checked as frontmatter is: each problem at its
 * line, with what to write instead. Without a valid file no page's
 * frontmatter can be checked, so its problems come first and alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../citations/check.ts';
import { vocabulariesSchema, type Vocabularies } from '../schemas/vocabularies.ts';
import { vocabulariesFile } from '../lib/vocabulary-values.ts';
import { yamlProblems } from './frontmatter.ts';

export function readVocabularies(contentDir: string): { vocabularies?: Vocabularies; problems: Problem[] } {
  const path = `content/${vocabulariesFile}`;
  const file = join(contentDir, vocabulariesFile);
  if (!existsSync(file)) {
    return { problems: [{ path, line: 1, column: 1, message: 'The vocabularies file is missing. Create content/vocabularies.yaml with the audience, sector and evidenceKind lists (README, "Vocabularies", shows one).' }] };
  }
  const text = readFileSync(file, 'utf8');
  const problems = yamlProblems({ path, text, offset: 0, schema: vocabulariesSchema, fieldOf: path, read: (doc) => doc.toJS(), sourceLines: text.split('\n') });
  return problems.length > 0 ? { problems } : { vocabularies: vocabulariesSchema.parse(parseYaml(text)), problems };
}
