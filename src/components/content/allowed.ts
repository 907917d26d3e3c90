/**
 * The components an MDX content page may import, by name. Content arrives by
 * pull request, so a page may not import code of its own (the content gate,
 * src/content-checks/mdx-document.ts, refuses every other import); a page
 * that needs more asks for a component here, reviewed as code. Every element,
 * class and attribute a component writes must be allowed by the sanitiser's
 * schema (src/security/sanitise-html.ts), which every page passes through.
 *
 * A page imports one by the generator's name for it, the same in this
 * repository and in a site that installs the generator as a package:
 * `import Note from 'evidence-site/components/Note.astro'`. The build maps
 * each such name to the component's file (src/integration.ts).
 */
import { generatorSourcePath } from '../../config/site-paths.ts';

export const contentComponents: readonly string[] = ['Note'];

/** What a page writes after `from` to import the component. */
export const componentSpecifier = (name: string): string => `evidence-site/components/${name}.astro`;

/** The component's file: in this folder, wherever the generator is installed. */
export const componentFile = (name: string): string => generatorSourcePath('components/content', `${name}.astro`);
