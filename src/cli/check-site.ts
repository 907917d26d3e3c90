/**
 * The content check as the command-line tools run it: on the site in the
 * working folder (the one npm runs scripts in), against the generator's
 * pages and the site's own public/ files.
 */
import { join } from 'node:path';
import { checkContent, type ContentCheckOptions, type ContentReport } from '../content-checks/check-content.ts';
import { generatorSourcePath, siteRoot } from '../config/site-paths.ts';

export function checkSite(options: Pick<ContentCheckOptions, 'today' | 'overdueReviews'>): ContentReport {
  return checkContent({ root: siteRoot(), pagesDir: generatorSourcePath('routes'), publicDir: join(siteRoot(), 'public'), ...options });
}
