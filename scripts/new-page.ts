/**
 * npm run new -- <guidance|case-study|evidence|term> "Title"
 * Starts a new content page that already passes the schema, and prints its
 * path and the address to preview it at with `npm run dev`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadBibliography } from '../src/citations/bibliography.ts';
import { pageTypes, scaffold, type PageType } from '../src/scaffold/scaffold.ts';
import { readTopicIds } from '../src/schemas/topics.ts';

const [type, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!type || !(type in pageTypes) || title.length < 3) {
  console.error(`Usage: npm run new -- <${Object.keys(pageTypes).join('|')}> "Title of the page"`);
  process.exit(1);
}

/** A source document's key (content/bibliography/sources.bib), the likeliest starting point. */
function exampleKey(): string {
  const { items, fileOf } = loadBibliography('content/bibliography');
  const keys = [...items.keys()];
  return keys.find((key) => fileOf.get(key)?.endsWith('/sources.bib')) ?? keys[0]!;
}

const { path, text } = scaffold({
  type: type as PageType,
  title,
  today: new Date(),
  topicIds: readTopicIds(new URL('../content/topics.yaml', import.meta.url)),
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
