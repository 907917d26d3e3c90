/**
 * The components an MDX content page may import, by name. Content arrives by
 * pull request, so a page may not import code of its own (the content gate,
 * src/content-checks/mdx-document.ts, refuses every other import); a page
 * that needs more asks for a component here, reviewed as code. Every element,
 * class and attribute a component writes must be allowed by the sanitiser's
 * schema (src/security/sanitise-html.ts), which every page passes through.
 */
export const contentComponents: Readonly<Record<string, string>> = {
  Note: 'src/components/content/Note.astro',
};
