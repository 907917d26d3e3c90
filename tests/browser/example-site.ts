/**
 * The example site: a small site on falls prevention in care homes, test
 * content only, which is also what `npm create evidence-site` starts a new
 * site with (src/create/starter/). Built with the generator as a project of
 * its own, from the starter's content and settings.
 */
import { join } from 'node:path';
import { buildIn, prepareSite, projectRoot } from '../gatekeeper/fixture-build.ts';

/** Builds it and returns its dist/; throws with Astro's output if the build fails. */
export async function buildExampleSite(): Promise<string> {
  const dir = prepareSite('example-site', {
    content: join(projectRoot, 'src/create/starter/content'),
    config: join(projectRoot, 'src/create/starter/astro.config.mjs'),
  });
  const built = await buildIn(dir);
  if (built.exitCode !== 0) throw new Error(`The example site did not build:\n${built.output}`);
  return join(dir, 'dist');
}
