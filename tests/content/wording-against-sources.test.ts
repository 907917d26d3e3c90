/**
 * Every content page against the five source documents (../shared/sources
 * beside the repository, see its README): no run of 12 or more words copied
 * outside quotation marks, and every quotation of four words or more found
 * word for word in a source. tests/content/source-wording.ts says what counts
 * as the same wording. Shorter quotations are left alone: they are mostly
 * single terms ("collective", "most") rather than a source's words.
 *
 * A clone without the sources folder skips these checks and says so, rather
 * than failing: the documents are the project's evidence, not part of the
 * repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-checks/content-files.ts';
import { containsInOrder, copiedRuns, normaliseQuoted, quotedParts, readableBlocks, splitQuotations, wordsOf } from './source-wording.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourcesDir = resolve(root, '../shared/sources');
const available = existsSync(sourcesDir);
const runLength = 12;
const shortestCheckedQuotation = 4;

if (!available) console.warn(`Skipping the wording checks against the sources: ${sourcesDir} does not exist (the source documents sit at ../shared/sources beside the repository).`);

const sources = available
  ? readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(sourcesDir, name), 'utf8') }))
  : [];
const normalisedSources = sources.map((source) => ({ name: source.name, text: normaliseQuoted(source.text) }));
const pages = readContentFiles(join(root, 'content'), root).map(({ path, source }) => ({ path, blocks: readableBlocks(path, source).map(splitQuotations) }));

describe.skipIf(!available)(`the knowledge base: its wording against the source documents in ${available ? '../shared/sources' : '../shared/sources (absent: skipped)'}`, () => {
  it('reads all five source documents', () => {
    expect(sources.map((source) => source.name)).toHaveLength(5);
  });

  it(`copies no run of ${runLength} or more words from a source outside quotation marks`, () => {
    const copied = pages.flatMap(({ path, blocks }) =>
      copiedRuns(
        blocks.flatMap((block) => block.outside),
        sources,
        runLength,
      ).map((run) => `${path}: ${run.length} words from ${run.source}: "${run.words}"`),
    );
    expect(copied).toEqual([]);
  });

  it(`quotes word for word: every quotation of ${shortestCheckedQuotation} or more words is in a source`, () => {
    const unfound = pages.flatMap(({ path, blocks }) =>
      blocks
        .flatMap((block) => block.quotations)
        .filter((quotation) => wordsOf(quotation).length >= shortestCheckedQuotation)
        .filter((quotation) => !normalisedSources.some((source) => containsInOrder(source.text, quotedParts(quotation))))
        .map((quotation) => `${path}: "${quotation}"`),
    );
    expect(unfound).toEqual([]);
  });
});
