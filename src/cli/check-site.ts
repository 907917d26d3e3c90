/**
 * The content check as the command-line tools run it: on the site in the
 * working folder (the one npm runs scripts in), against the generator's
 * pages, the site's own pages (src/pages/, if it has any) and its public/
 * files, as the build checks it (src/integrations/content-gate.ts).
 */
import { join } from 'node:path';
import { checkContent, type ContentCheckOptions, type ContentReport } from '../content-checks/check-content.ts';
import { generatorSourcePath, sitePagesPath, siteRoot } from '../config/site-paths.ts';

export function checkSite(options: Pick<ContentCheckOptions, 'today' | 'overdueReviews'>): ContentReport {
  const root = siteRoot();
  return checkContent({ root, pagesDirs: [generatorSourcePath('routes'), sitePagesPath()], publicDir: join(root, 'public'), ...options });
}
