/**
 * A guide of more guidance pages than one printed part holds (the site's
 * printedPartPages, src/print/parts.ts) is printed in parts: /print/ lists
 * them and keeps every topic's and page's id, each part prints its pages
 * with its own reference list, and the build's link check finds every link
 * between them. Rebuilt after a bibliography entry changes, only the part
 * whose pages cite the work is rendered again (src/build/index-page-key.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIn, prepareFixture } from './fixture-build.ts';
import { rebuildAfterEdit, rendered, reused } from './incremental.ts';

const guidancePage = (title: string, topic: string, work = 'smith2020') =>
  ['---', `title: ${title}`, 'summary: A fixture page, one of more than a printed part holds.', `topic: ${topic}`, 'audience: [frontline-staff]', 'lastReviewed: 2026-01-10', 'nextReviewDue: 2099-01-10', 'owner: Fixture team', 'keyPoints:', '  - Listen first.', '---', '', '## Listen', '', `${title} starts with listening [@${work}].`, ''].join('\n');
const topics = ['- id: basics', '  title: The basics', '  summary: What the fixture site covers, in one line.', '  order: 1', '- id: practice', '  title: In practice', '  summary: Doing it, in one line.', '  order: 2', ''].join('\n');

describe('a guide printed in parts', () => {
  it('lists its parts at /print/, with every anchor, and prints each part with its own references', { timeout: 300_000 }, async () => {
    const dir = prepareFixture({
      name: 'printed-in-parts',
      generate: () => ({ 'topics.yaml': topics, 'guidance/listening.md': guidancePage('Listening', 'basics'), 'guidance/sharing-power.md': guidancePage('Sharing power', 'basics'), 'guidance/in-the-ward.md': guidancePage('In the ward', 'practice', 'jones2019') }),
    });
    const config = join(dir, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace("overdueReviews: 'error',", "overdueReviews: 'error',\n      printedPartPages: 2,"));
    // One build day for every build: the access date in "Cite this page" is part of every page.
    const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)) };
    const build = await buildIn(dir, env);
    // The link check passed: every link from the list into a part, and back, resolves.
    expect(build.exitCode, build.output).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const articles = (html: string) => [...html.matchAll(/<article class="printed-guide__page" aria-labelledby="guide-([^"]+)"/g)].map(([, id]) => id);

    const list = page('print');
    expect(list).toContain('printed in 2 parts of up to 2 guidance pages each');
    expect([...list.matchAll(/href="(\/print\/part-\d\/)"/g)].map(([, href]) => href)).toEqual(['/print/part-1/', '/print/part-2/']);
    // A link made to the one-page guide still lands: each topic's id once, each page's with a link into its part.
    expect([...list.matchAll(/id="(topic-[^"]+)"/g)].map(([, id]) => id)).toEqual(['topic-basics', 'topic-practice']);
    for (const id of ['listening', 'sharing-power', 'working-together', 'in-the-ward']) expect(list).toMatch(new RegExp(`<li id="guide-${id}"><a href="/print/part-\\d/#guide-${id}">`));
    expect(articles(list)).toEqual([]);

    const [first, second] = [page('print/part-1'), page('print/part-2')];
    expect(first).toContain('part 1 of 2');
    expect([...articles(first), ...articles(second)].sort()).toEqual(['in-the-ward', 'listening', 'sharing-power', 'working-together']);
    expect(articles(first)).toHaveLength(2);
    // The basics run on into part 2, under their heading there too.
    expect(second).toContain('id="topic-basics"');
    expect(second).toContain('href="/print/"');
    // Each part has its own list, so the citations on it lead to a reference on it, and only to the works its pages cite.
    for (const part of [first, second]) expect(part).toContain('id="ref-smith2020"');
    expect(first).not.toContain('id="ref-jones2019"');
    expect(second).toContain('id="ref-jones2019"');

    // A work that only part 2's pages cite: part 2 is rendered again, part 1 is copied, and the site is what a cold build writes.
    const afterWorkEdit = await rebuildAfterEdit(dir, env, 'bibliography/works.bib', 'Listening to people who use services', 'Listening to the people who use services');
    expect(rendered(afterWorkEdit)).toContain('/print/part-2/index.html');
    expect(reused(afterWorkEdit)).toContain('/print/part-1/index.html');
  });
});
