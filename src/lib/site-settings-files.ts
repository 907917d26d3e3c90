/**
 * The site's vocabularies and page text (content/vocabularies.yaml and
 * content/page-text.yaml) for pages to use. In a build the content gate
 * has checked both before any page is built, so a problem here is only
 * repeated; in `astro dev`, which has no gate, it is the first word of it.
 */
import { formatProblem } from '../citations/check.ts';
import { readPageText, readVocabularies, type SettingsFile } from '../content-checks/settings-files.ts';
import type { PageText } from '../schemas/page-text.ts';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import { contentPath } from '../config/site-paths.ts';

const forgetters: (() => void)[] = [];

function once<Data>(read: (contentDir: string) => SettingsFile<Data>): () => Data {
  let data: Data | undefined;
  forgetters.push(() => (data = undefined));
  return () => {
    if (data === undefined) {
      const file = read(contentPath());
      if (file.data === undefined) throw new Error(file.problems.map(formatProblem).join('\n'));
      data = file.data;
    }
    return data;
  };
}

export const siteVocabularies: () => Vocabularies = once(readVocabularies);
export const sitePageText: () => PageText = once(readPageText);

/**
 * Read both again at their next use. `astro dev` sets the site up again when
 * either file changes (src/integration.ts watches them), but keeps the
 * modules it has loaded, the Markdown plugins' among them.
 */
export function forgetSiteSettingsFiles(): void {
  for (const forget of forgetters) forget();
}
