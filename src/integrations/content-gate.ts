/**
 * The build's gatekeeper. Before Astro loads any content, runs every content
 * check (src/content-checks/check-content.ts, the same as `npm run check`)
 * and stops the build with all problems listed at once, each at its file and
 * line with what to write instead. Astro itself stops at the first bad file,
 * reports schema errors at line 0, and only warns when two pages share an
 * address.
 *
 * It also makes sure a failed build leaves no site behind: Astro writes pages
 * as it goes, so a build that fails half way (or whose link check fails at
 * the end) would leave a dist/ that looks publishable.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bibliographyReport } from '../citations/context.ts';
import { startSharedResults } from '../citations/shared-results.ts';
import { siteStyle } from '../citations/site-style.ts';
import { siteConfig } from '../config/site-config.ts';
import { timedCitations } from '../citations/timing.ts';
import { checkContent } from '../content-checks/check-content.ts';
import { reportLines } from '../content-checks/report.ts';
import { buildDay } from '../lib/dates.ts';
import { stopBuild } from './stop-build.ts';
import { generatorSourcePath, sitePagesPath, siteRoot } from '../config/site-paths.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'evidence-site:content-gate',
    hooks: {
      // config:setup runs before Astro syncs content, so these messages come first.
      // Only for builds: the live preview shows Astro's own errors as pages are edited.
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        process.on('exit', (code) => {
          if (code === 0 || !existsSync(outDir)) return;
          rmSync(outDir, { recursive: true, force: true });
          console.error(`The build failed, so ${outDir} was removed: a half-built site must never be published.`);
        });
        const report = checkContent({
          root: siteRoot(),
          // The generator's pages, and any the site adds in its own src/pages/.
          pagesDirs: [generatorSourcePath('routes'), sitePagesPath()],
          publicDir: fileURLToPath(config.publicDir),
          today: buildDay(),
          bibliography: () => timedCitations(bibliographyReport),
        });
        if (report.errors.length > 0) stopBuild(reportLines(report));
        const notes = reportLines(report);
        if (notes.length > 0) process.stdout.write(`${notes.join('\n')}\n`);
        logger.info('Every content file passed the checks: frontmatter, addresses, bibliography, citations, no code, alt text, links.');
        startSharedResults({ root: siteRoot(), items: [...bibliographyReport().bibliography.items], style: siteStyle(), lang: siteConfig().locale }, (error) =>
          logger.warn(`The citation worker stopped (${error.message}): the build goes on without it, a little slower. Report this to the generator's developers.`),
        );
      },
    },
  };
}
