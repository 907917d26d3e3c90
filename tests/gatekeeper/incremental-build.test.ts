/**
 * A pull-request preview builds incrementally (experimental.incrementalBuild,
 * src/build/page-cache-key.ts): pages whose inputs did not change are copied
 * from the previous build. Here a fixture site is built, one page's text and
 * one bibliography entry are changed, and it is built again: the changed page
 * and the pages citing the changed work are rendered, a page that depends on
 * neither is copied, and the site is byte for byte the one a cold build of
 * the changed content writes.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIn, prepareFixture, type BuildResult } from './fixture-build.ts';

const guidancePage = (title: string, sentence: string) =>
  ['---', `title: ${title}`, 'summary: A second fixture page, so that one page can change while another stays as it was.', 'topic: basics', 'audience: [frontline-staff]', 'lastReviewed: 2026-01-10', 'nextReviewDue: 2099-01-10', 'owner: Fixture team', 'keyPoints:', '  - Listen first.', '---', '', '## Listen', '', sentence, ''].join('\n');

/** Every file under `dir`, path and bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((path) => statSync(join(dir, path)).isFile()).sort();
  return new Map(files.map((path) => [path, readFileSync(join(dir, path))]));
}

/** The pages Astro rendered in a build (a page it copied is logged "(cached)" or "(restored)"). */
const rendered = ({ output }: BuildResult) => new Set([...output.matchAll(/[├└]─ (\S+)(.*)$/gm)].filter(([, , rest]) => !/\((?:cached|restored)\)/.test(rest!)).map(([, path]) => path!));
const reused = ({ output }: BuildResult) => new Set([...output.matchAll(/[├└]─ (\S+).*\((?:cached|restored)\)/gm)].map(([, path]) => path!));

describe('incremental build', () => {
  it('renders what a change reaches, copies the rest, and writes what a cold build writes', { timeout: 300_000 }, async () => {
    const dir = prepareFixture({
      name: 'incremental-build',
      generate: () => ({
        'guidance/listening.mdx': guidancePage('Listening', 'Listen before planning [@jones2019].'),
        'guidance/planning.mdx': guidancePage('Planning', 'Plan in the open [@smith2020].'),
      }),
    });
    // One build day for all three builds: the access date in "Cite this page" is part of every page.
    const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
    const cold = await buildIn(dir, env);
    expect(cold.exitCode, cold.output).toBe(0);

    const content = join(dir, 'content');
    const page = join(content, 'guidance/working-together.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Plan the work together [@smith2020].', 'Plan the work together from the first meeting [@smith2020].'));
    const bibliography = join(content, 'bibliography/works.bib');
    writeFileSync(bibliography, readFileSync(bibliography, 'utf8').replace('Listening to people who use services', 'Listening to the people who use services'));

    const incremental = await buildIn(dir, env);
    expect(incremental.exitCode, incremental.output).toBe(0);
    expect(rendered(incremental)).toContain('/guidance/working-together/index.html');
    expect(rendered(incremental)).toContain('/guidance/listening/index.html');
    expect(reused(incremental)).toContain('/guidance/planning/index.html');
    const incrementalSite = tree(join(dir, 'dist'));

    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, cache), { recursive: true, force: true });
    const reference = await buildIn(dir, env);
    expect(reference.exitCode, reference.output).toBe(0);
    expect(reused(reference).size).toBe(0);
    const coldSite = tree(join(dir, 'dist'));

    expect([...incrementalSite.keys()]).toEqual([...coldSite.keys()]);
    const differing = [...coldSite].filter(([path, bytes]) => !bytes.equals(incrementalSite.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
