/**
 * evidence-site new <guidance|case-study|evidence|term> "Title" (npm run new -- ...):
 * Starts a new content page that already passes the schema, and prints its
 * path and the address to preview it at with `npm run dev`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writtenKeys } from '../content-checks/bibliography-keys.ts';
import { pageTypes, scaffold, type PageType } from '../scaffold/scaffold.ts';
import { contentPath } from '../config/site-paths.ts';
import { siteVocabularies } from '../lib/site-settings-files.ts';
import { readTopicIds } from '../schemas/topics.ts';

/**
 * A source document's key (content/bibliography/sources.bib), the likeliest
 * starting point. Read from the files' text: parsing the bibliography with
 * citation-js took most of this script's time, for one key.
 */
function exampleKey(): string {
  const files = readdirSync(contentPath('bibliography')).filter((name) => /\.(bib|json)$/.test(name)).sort((a, b) => Number(b === 'sources.bib') - Number(a === 'sources.bib'));
  return files.flatMap((name) => writtenKeys(readFileSync(contentPath('bibliography', name), 'utf8')))[0]!;
}

export function run(args: string[]): number {
  const [type, ...titleWords] = args;
  const title = titleWords.join(' ').trim();
  if (!type || !(type in pageTypes) || title.length < 3) {
    console.error(`Usage: npm run new -- <${Object.keys(pageTypes).join('|')}> "Title of the page"`);
    return 1;
  }
  const { path, text } = scaffold({
    type: type as PageType,
    title,
    today: new Date(),
    lists: { topicIds: readTopicIds(pathToFileURL(contentPath('topics.yaml'))), vocabularies: siteVocabularies() },
    exampleKey: exampleKey(),
  });
  if (existsSync(path)) {
    console.error(`${path} already exists. Choose another title, or edit that file.`);
    return 1;
  }
  writeFileSync(path, text);
  const slug = path.replace(/^content\/[^/]+\//, '').replace(/\.mdx?$/, '');
  const folder = pageTypes[type as PageType].folder;
  const preview = type === 'term' ? `glossary/#${slug}` : `${folder}/${slug}/`;
  console.log(`Created ${path}\nFill in every TODO, then preview it with \`npm run dev\` at http://localhost:4321/${preview}`);
  return 0;
}
