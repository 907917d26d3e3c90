/** The site's citation registry, from every content collection. */
import { buildRegistry, type RegistryInput } from '../citations/registry.ts';
import { getCaseStudies, getEvidence, getGlossary, getGuidance } from './content.ts';
import { routes } from './urls.ts';

const isMdx = (filePath: string | undefined) => filePath?.endsWith('.mdx') ?? false;

export async function getCitationRegistry() {
  const pages: RegistryInput[] = [
    ...(await getGuidance()).map((e) => ({ title: e.data.title, href: routes.guidance(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: [] })),
    ...(await getCaseStudies()).map((e) => ({ title: e.data.title, href: routes.caseStudy(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: e.data.sources })),
    ...(await getEvidence()).map((e) => ({ title: e.data.title, href: routes.evidence(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: [e.data.citationKey] })),
    ...(await getGlossary()).map((e) => ({ title: `Glossary: ${e.data.term}`, href: routes.glossary(e.id), body: e.body ?? '', mdx: isMdx(e.filePath), frontmatterKeys: e.data.sources })),
  ];
  return buildRegistry(pages);
}
