/**
 * The example site (tests/example-site/: its content/ and astro.config.mjs,
 * a small site on falls prevention in care homes, test content only), built
 * with the generator as a project of its own, as an adopter's site is.
 */
import { join } from 'node:path';
import { buildIn, prepareSite, projectRoot } from '../gatekeeper/fixture-build.ts';

export const exampleSiteDir = join(projectRoot, 'tests/example-site');

/** Builds it and returns its dist/; throws with Astro's output if the build fails. */
export async function buildExampleSite(): Promise<string> {
  const dir = prepareSite('example-site', exampleSiteDir);
  const built = await buildIn(dir);
  if (built.exitCode !== 0) throw new Error(`The example site did not build:\n${built.output}`);
  return join(dir, 'dist');
}
