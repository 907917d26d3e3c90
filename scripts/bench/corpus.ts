/**
 * Writes the benchmark corpus as two buildable projects: ours (a copy of the
 * generator with a generated content/ tree) and Starlight's (the same pages
 * in its docs collection). Both get the same guidance pages, byte for byte
 * in their bodies, so build figures compare like with like.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syntheticBibliography, syntheticGuidance, type SyntheticGuidance } from './synthetic.ts';

/** At least 300 works, as a real knowledge base of this size would cite. */
export const bibliographySize = 400;

export function corpus(pageCount: number) {
  const works = syntheticBibliography(bibliographySize);
  return { works, pages: syntheticGuidance(pageCount, works.map((work) => work.id)) };
}

function write(root: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const reviewFields = 'lastReviewed: 2026-11-23\nnextReviewDue: 2027-11-23\nowner: Benchmark team';
const topics = ['understanding', 'making-it-work', 'evaluation'];

/** content/ for our generator: the guidance pages plus the smallest valid set of the other collections. */
export function ourContent(pages: SyntheticGuidance[], works: ReturnType<typeof syntheticBibliography>): Record<string, string> {
  const [first, second] = works;
  const files: Record<string, string> = {
    'topics.yaml': topics.map((id, order) => `- id: ${id}\n  title: Topic ${id}\n  summary: Synthetic topic ${id} for the benchmark.\n  order: ${order + 1}`).join('\n') + '\n',
    'vocabularies.yaml': Object.entries({ audience: ['frontline-staff', 'managers', 'researchers'], sector: ['nhs'], form: ['group'], evidenceKind: ['staff-survey'] })
      .map(([list, ids]) => `${list}:\n  name: List ${list}\n  values:\n${ids.map((id) => `    - id: ${id}\n      label: Value ${id}\n`).join('')}`)
      .join(''),
    'page-text.yaml': 'home:\n  introduction: A synthetic site for the benchmark.\n',
    'bibliography/synthetic.json': JSON.stringify(works, null, 2),
    'glossary/power.md': `---\nterm: Power\ndefinition: Who makes decisions and whose knowledge counts in a piece of work.\ntopics: [making-it-work]\n${reviewFields}\n---\n\nPower shapes co-production [@${first!.id}].\n`,
    'glossary/trust.md': `---\nterm: Trust\ndefinition: Confidence that partners will act in good faith and keep their word.\ntopics: [making-it-work]\n${reviewFields}\n---\n\nTrust takes time to build [@${second!.id}].\n`,
    'case-studies/synthetic-case.mdx': [
      '---',
      'title: A synthetic case study',
      'summary: A case study that exists so every collection of the generator has one entry in the benchmark corpus.',
      'audience: [managers]',
      reviewFields,
      'topics: [understanding]',
      'setting: Synthetic service',
      'sector: [nhs]',
      'form: [group]',
      'approach: Co-design',
      'location: England',
      'year: 2024',
      `sources: [${first!.id}]`,
      'outcomes:\n  - Staff and patients redesigned a service together.',
      '---',
      '',
      `A synthetic service co-designed its clinic [@${first!.id}].`,
    ].join('\n'),
    'evidence/synthetic-evidence.mdx': [
      '---',
      'title: A synthetic evidence summary',
      'summary: An evidence page that exists so every collection of the generator has one entry in the benchmark corpus.',
      'audience: [researchers]',
      reviewFields,
      'topics: [evaluation]',
      `citationKey: ${second!.id}`,
      'evidenceKind: staff-survey',
      'setting: Synthetic hospital',
      'sector: [nhs]',
      'country: England',
      'sample:\n  who: Staff',
      'methods: Survey',
      'year: 2024',
      '---',
      '',
      `Staff were surveyed [@${second!.id}].`,
    ].join('\n'),
  };
  pages.forEach((page, index) => {
    files[`guidance/${page.slug}.mdx`] = [
      '---',
      `title: "${page.title}"`,
      `summary: "${page.summary}"`,
      `topic: ${topics[index % topics.length]}`,
      `order: ${index + 1}`,
      'audience: [frontline-staff, managers]',
      reviewFields,
      '---',
      '',
      page.body,
      '',
    ].join('\n');
  });
  return files;
}

/** A throwaway copy of the generator (src/, config, public/) with the corpus as its content/. */
export function writeOurProject(repoRoot: string, dir: string, content: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  write(join(dir, 'content'), content);
}

/** The same pages for Starlight and for Astro alone: a docs collection, citations left as the text authors wrote. */
export function writeStarlightDocs(docsDir: string, pages: SyntheticGuidance[]) {
  rmSync(docsDir, { recursive: true, force: true });
  write(
    docsDir,
    Object.fromEntries([
      ['index.mdx', '---\ntitle: Benchmark corpus\ndescription: Synthetic guidance pages.\n---\n\nSynthetic guidance pages for the benchmark.\n'],
      ...pages.map((page) => [`guidance/${page.slug}.mdx`, `---\ntitle: "${page.title}"\ndescription: "${page.summary}"\n---\n\n${page.body}\n`]),
    ]),
  );
}
