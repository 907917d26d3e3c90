/**
 * The YAML files in content/ that set up the site rather than hold a page:
 * vocabularies.yaml (the lists frontmatter values come from) and
 * page-text.yaml (what the home and index pages say). Each is checked as
 * frontmatter is: every problem at its line, with what to write instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import type { Problem } from '../citations/check.ts';
import { vocabulariesFile } from '../lib/vocabulary-values.ts';
import { pageTextFile, pageTextSchema, type PageText } from '../schemas/page-text.ts';
import { vocabulariesSchema, type Vocabularies } from '../schemas/vocabularies.ts';
import { yamlProblems } from './frontmatter.ts';

export interface SettingsFile<Data> {
  /** The data, when the file has no problem. */
  data?: Data;
  problems: Problem[];
}

/** `what` names the file in messages ("The page text file"); `needs` says what it must hold, and where README shows one. */
function readSettingsFile<Schema extends z.ZodType>(contentDir: string, name: string, schema: Schema, what: string, needs: string): SettingsFile<z.output<Schema>> {
  const path = `content/${name}`;
  const file = join(contentDir, name);
  const at1 = (message: string) => ({ problems: [{ path, line: 1, column: 1, message }] });
  if (!existsSync(file)) return at1(`${what} is missing. Create ${path} with ${needs}.`);
  const text = readFileSync(file, 'utf8');
  // Nothing but comments or blank lines: there is no line to point at, only what to write.
  if (parseDocument(text).contents === null) return at1(`${what} is empty. Write ${needs}.`);
  let data: unknown;
  const problems = yamlProblems({ path, text, offset: 0, schema, fieldOf: path, read: (doc) => (data = doc.toJS()), sourceLines: text.split('\n') });
  return problems.length > 0 ? { problems } : { data: schema.parse(data), problems };
}

export const readVocabularies = (contentDir: string): SettingsFile<Vocabularies> =>
  readSettingsFile(contentDir, vocabulariesFile, vocabulariesSchema, 'The vocabularies file', 'the audience, sector and evidenceKind lists (README, "Vocabularies", shows one)');

export const readPageText = (contentDir: string): SettingsFile<PageText> =>
  readSettingsFile(contentDir, pageTextFile, pageTextSchema, 'The page text file', 'at least the home page\'s introduction (README, "What the site\'s own pages say", shows one)');
