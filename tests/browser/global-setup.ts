/**
 * Serves the built site (dist/, from `npm run build`) and a second build of
 * it under a base path, for every browser test file, and the example site.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, missingChromiumMessage } from './chromium.ts';
import { basePathDistDir, buildSite, distDir, laterBuildDay, laterBuildStyle, otherStyles, styleDistDir, testBasePath, testSiteUrl } from './built-site.ts';
import { buildExampleSite } from './example-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: boolean;
    siteOrigin: string;
    basePathOrigin: string;
    /** Where the site built in each other citation style is served. */
    styleOrigins: Record<string, string>;
    /** Where the example site, a second site on another topic, is served. */
    exampleOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  if (!hasChromium) {
    if (process.env.CI) throw new Error(missingChromiumMessage);
    console.warn(`\nSkipping browser tests. ${missingChromiumMessage}\n`);
    project.provide('chromium', false);
    project.provide('siteOrigin', '');
    project.provide('basePathOrigin', '');
    project.provide('styleOrigins', {});
    project.provide('exampleOrigin', '');
    return;
  }
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('Browser tests run against the built site, and dist/ has none. Run `npm run build` first.');
  }

  buildSite(basePathDistDir, { BASE_PATH: testBasePath, SITE_URL: testSiteUrl });
  // One style's build is dated after every review is due (SOURCE_DATE_EPOCH): its pages show the notice, and are checked with the notice on them.
  for (const style of otherStyles) buildSite(styleDistDir(style), { CITATION_STYLE: style, ...(style === laterBuildStyle ? { SOURCE_DATE_EPOCH: String(laterBuildDay.getTime() / 1000) } : {}) });

  const exampleDist = await buildExampleSite();

  const servers: RunningServer[] = [await serveStatic(distDir), await serveStatic(basePathDistDir, testBasePath), ...(await Promise.all(otherStyles.map((style) => serveStatic(styleDistDir(style))))), await serveStatic(exampleDist)];
  project.provide('chromium', true);
  project.provide('siteOrigin', servers[0]!.origin);
  project.provide('basePathOrigin', servers[1]!.origin);
  project.provide('styleOrigins', Object.fromEntries(otherStyles.map((style, index) => [style, servers[2 + index]!.origin])));
  project.provide('exampleOrigin', servers.at(-1)!.origin);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
