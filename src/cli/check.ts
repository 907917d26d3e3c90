/**
 * evidence-site check (npm run check): every content check, from the sources, in seconds: no
 * build. Prints each problem as `file:line:column: what is wrong. What to
 * do.`, grouped by file, after the warnings (TODO placeholders, works nothing
 * cites, and pages due for review unless the site's overdueReviews setting
 * makes them errors). Exits 1 when there is a problem, so CI
 * and pull requests can rely on it; the build runs the same checks first.
 * `--verbose` adds what was checked and how long it took and, should the
 * check itself fail, the stack trace for a developer.
 */
import { reportLines } from '../content-checks/report.ts';
import { buildDay } from '../lib/dates.ts';
import { loadSiteConfig } from '../config/load-site-config.ts';
import { siteRoot } from '../config/site-paths.ts';
import { checkSite } from './check-site.ts';

export async function run(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  const started = performance.now();
  try {
    const { overdueReviews } = await loadSiteConfig();
    const report = checkSite({
      today: buildDay(),
      // The build only warns, so that a page past its review date can still say so; here the site's setting decides.
      overdueReviews,
    });
    const lines = reportLines(report);
    if (lines.length > 0) console.log(lines.join('\n'));
    if (report.errors.length === 0) console.log(`No problems in content/${report.warnings.length > 0 ? ', only the warnings above' : ''}.`);
    if (verbose) console.log(`Checked ${siteRoot()}/content/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return report.errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`The content check itself failed (${(error as Error).message.split('\n')[0]}): a fault in the generator, not in content/. Run \`npm run check -- --verbose\` and send its output to the site's developers.`);
    if (verbose) console.error((error as Error).stack);
    return 2;
  }
}
