/**
 * A pull-request preview builds incrementally (experimental.incrementalBuild,
 * src/build/page-cache-key.ts): pages whose inputs did not change are copied
 * from the previous build. Here a fixture site is built, then one page's
 * text is changed, then one bibliography entry, then a case study's title,
 * each change followed by a build: the changed page and the pages citing the
 * changed work are rendered, a page that depends on neither is copied, an
 * index page is rendered only when what it shows changed
 * (src/build/index-page-key.ts), and after each change the site is byte for
 * byte the one a cold build of the same content writes.
 */
import { describe, expect, it } from 'vitest';
import { buildIn, prepareFixture } from './fixture-build.ts';
import { rebuildAfterEdit, rendered, reused } from './incremental.ts';

const guidancePage = (title: string, sentence: string) =>
  ['---', `title: ${title}`, 'summary: A second fixture page, so that one page can change while another stays as it was.', 'topic: basics', 'audience: [frontline-staff]', 'lastReviewed: 2026-01-10', 'nextReviewDue: 2099-01-10', 'owner: Fixture team', 'keyPoints:', '  - Listen first.', '---', '', '## Listen', '', sentence, ''].join('\n');

/** The index pages (src/build/index-page-key.ts) that show no page text. */
const indexPages = ['/about/index.html', '/educators/index.html', '/evidence-map/index.html', '/guidance/index.html', '/references/index.html', '/search/index.html', '/topics/basics/index.html'];

describe('incremental build', () => {
  it('renders what a change reaches, copies the rest, and writes what a cold build writes', { timeout: 600_000 }, async () => {
    const dir = prepareFixture({
      name: 'incremental-build',
      generate: () => ({
        'guidance/listening.mdx': guidancePage('Listening', 'Listen before planning [@jones2019].'),
        'guidance/planning.mdx': guidancePage('Planning', 'Plan in the open [@smith2020].'),
      }),
    });
    // One build day for every build: the access date in "Cite this page" is part of every page.
    const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
    const cold = await buildIn(dir, env);
    expect(cold.exitCode, cold.output).toBe(0);

    // A sentence of a page, its citations as they were: the page and the whole guide (/print/) show it, no other index page does.
    const afterPageEdit = await rebuildAfterEdit(dir, env, 'guidance/working-together.mdx', 'Plan the work together [@smith2020].', 'Plan the work together from the first meeting [@smith2020].');
    expect(rendered(afterPageEdit)).toContain('/guidance/working-together/index.html');
    expect(rendered(afterPageEdit)).toContain('/print/index.html');
    expect(reused(afterPageEdit)).toContain('/guidance/planning/index.html');
    for (const index of indexPages) expect(reused(afterPageEdit)).toContain(index);

    // A bibliography entry: the pages citing the work, and every index page (the work is in the reference list), are rendered again.
    const afterWorkEdit = await rebuildAfterEdit(dir, env, 'bibliography/works.bib', 'Listening to people who use services', 'Listening to the people who use services');
    expect(rendered(afterWorkEdit)).toContain('/guidance/listening/index.html');
    expect(reused(afterWorkEdit)).toContain('/guidance/planning/index.html');
    for (const index of indexPages) expect(rendered(afterWorkEdit)).toContain(index);

    // A case study's title: the case study and the index pages are rendered again, and its "Cite this page" entry, which
    // is kept between builds (src/build/page-references-cache.ts), gives the new title.
    const afterTitleEdit = await rebuildAfterEdit(dir, env, 'case-studies/a-shared-plan.mdx', 'title: A shared plan on one ward', 'title: A shared plan on one hospital ward');
    expect(rendered(afterTitleEdit)).toContain('/case-studies/a-shared-plan/index.html');
    expect(rendered(afterTitleEdit)).toContain('/case-studies/index.html');
    expect(reused(afterTitleEdit)).toContain('/guidance/planning/index.html');
  });
});
