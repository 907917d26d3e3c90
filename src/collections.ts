/**
 * The content collections every site has: guidance, case studies, evidence
 * summaries and glossary terms from the site's content/, checked by schemas
 * built from its topics and vocabularies. A site's src/content.config.ts
 * re-exports them, as Astro looks for them there.
 */
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseStudySchema, evidenceSchema, glossarySchema, guidanceSchema, topicSchema } from './schemas/collections.ts';
import { readTopicIds } from './schemas/topics.ts';
import { siteVocabularies } from './lib/site-settings-files.ts';
import { entryId } from './lib/entry-id.ts';
import { storeForSourceRendering } from './markdown/source-loader.ts';
import { contentPath } from './config/site-paths.ts';

const contentDir = pathToFileURL(`${contentPath()}/`);
const lists = { topicIds: readTopicIds(new URL('topics.yaml', contentDir)), vocabularies: siteVocabularies() };

// Content lives at the top level, apart from the generator, so maintainers
// never need to open src/.
// Pages render from their source as they are built (src/markdown/render-source.ts),
// so the loader defers rendering and the store keeps only frontmatter.
const pages = (folder: string) =>
  storeForSourceRendering(glob({ pattern: '**/*.{md,mdx}', base: new URL(folder, contentDir), generateId: ({ entry, data }) => entryId(entry, data), deferRender: true }));

export const collections = {
  topics: defineCollection({ loader: file(new URL('topics.yaml', contentDir).pathname), schema: topicSchema() }),
  guidance: defineCollection({ loader: pages('guidance'), schema: guidanceSchema(lists) }),
  'case-studies': defineCollection({ loader: pages('case-studies'), schema: caseStudySchema(lists) }),
  evidence: defineCollection({ loader: pages('evidence'), schema: evidenceSchema(lists) }),
  glossary: defineCollection({ loader: pages('glossary'), schema: glossarySchema(lists) }),
};
