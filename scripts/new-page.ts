/**
 * npm run new -- <guidance|case-study|evidence|term> "Title"
 * Starts a new content page that already passes the schema, and prints its
 * path and the address to preview it at with `npm run dev`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writtenKeys } from '../src/content-checks/bibliography-keys.ts';
import { pageTypes, scaffold, type PageType } from '../src/scaffold/scaffold.ts';
import { contentPath } from '../src/config/site-paths.ts';
import { siteVocabularies } from '../src/lib/site-settings-files.ts';
import { readTopicIds } from '../src/schemas/topics.ts';

const [type, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!type || !(type in pageTypes) || title.length < 3) {
  console.error(`Usage: npm run new -- <${Object.keys(pageTypes).join('|')}> "Title of the page"`);
  process.exit(1);
}

/**
 * A source document's key (content/bibliography/sources.bib), the likeliest
 * starting point. Read from the files' text: parsing the bibliography with
 * citation-js took most of this script's time, for one key.
 */
function exampleKey(): string {
  const files = readdirSync('content/bibliography').filter((name) => /\.(bib|json)$/.test(name)).sort((a, b) => Number(b === 'sources.bib') - Number(a === 'sources.bib'));
  return files.flatMap((name) => writtenKeys(readFileSync(`content/bibliography/${name}`, 'utf8')))[0]!;
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
  process.exit(1);
}
writeFileSync(path, text);
const slug = path.replace(/^content\/[^/]+\//, '').replace(/\.mdx?$/, '');
const folder = pageTypes[type as PageType].folder;
const preview = type === 'term' ? `glossary/#${slug}` : `${folder}/${slug}/`;
console.log(`Created ${path}\nFill in every TODO, then preview it with \`npm run dev\` at http://localhost:4321/${preview}`);
