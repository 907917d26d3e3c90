/**
 * The YAML files in content/ that set up the site rather than hold a page:
 * vocabularies.yaml (the lists frontmatter values come from) and
 * page-text.yaml (what the home and index pages say). Each is checked as
 * frontmatter is: every problem at its line, with what to write instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from '../citations/check.ts';
import { vocabulariesFile } from '../lib/vocabulary-values.ts';
import { pageTextSchema, type PageText } from '../schemas/page-text.ts';
import { vocabulariesSchema, type Vocabularies } from '../schemas/vocabularies.ts';
import { yamlProblems } from './frontmatter.ts';

export interface SettingsFile<Data> {
  /** The data, when the file has no problem. */
  data?: Data;
  problems: Problem[];
}

function readSettingsFile<Schema extends z.ZodType>(contentDir: string, name: string, schema: Schema, whenMissing: string): SettingsFile<z.output<Schema>> {
  const path = `content/${name}`;
  const file = join(contentDir, name);
  if (!existsSync(file)) return { problems: [{ path, line: 1, column: 1, message: whenMissing }] };
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  const problems = yamlProblems({ path, text, offset: 0, schema, fieldOf: path, read: (doc) => (data = doc.toJS()), sourceLines: text.split('\n') });
  return problems.length > 0 ? { problems } : { data: schema.parse(data), problems };
}

export const readVocabularies = (contentDir: string): SettingsFile<Vocabularies> =>
  readSettingsFile(contentDir, vocabulariesFile, vocabulariesSchema, `The vocabularies file is missing. Create content/${vocabulariesFile} with the audience, sector and evidenceKind lists (README, "Vocabularies", shows one).`);

export const pageTextFile = 'page-text.yaml';

export const readPageText = (contentDir: string): SettingsFile<PageText> =>
  readSettingsFile(contentDir, pageTextFile, pageTextSchema, `The page text file is missing. Create content/${pageTextFile} with at least the home page's introduction (README, "What the site's own pages say", shows one).`);
