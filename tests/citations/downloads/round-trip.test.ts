/**
 * Every download the site publishes re-imports as the work the site shows
 * (issue 15). Each set of works (the real bibliography, the citation tests'
 * bibliography, every reference-manager fixture that loads, and works that
 * are hard to export) is written as BibTeX, RIS and CSL-JSON, and each file
 * is read back by:
 *   - the site's own loader (readBibliography on a folder holding the file),
 *   - citation-js (`new Cite(text)`),
 *   - pandoc 2.17 (`-f biblatex` and `-f bibtex`, `-f csljson`, `-t csljson`).
 *     pandoc 2.17 has no RIS reader (`pandoc --list-input-formats`), so RIS
 *     is read back by the other two only.
 *
 * Compared: the title, the authors (family and given names, or a literal
 * name), the date (year, and month and day where given; or its text, such as
 * "n.d."), the container title and the DOI. Case is compared as it is.
 * The only normalisations:
 *   - CSL's case-protection markup (<span class="nocase">) is not text: BibTeX
 *     writes it as braces and some importers drop it once the case is kept.
 *   - A name with only a family part is the same as a literal name: CSL's two
 *     ways to write a one-part name (an organisation), which styles render alike.
 *   - pandoc only: quotation marks. pandoc reads quotes as quotations and
 *     writes them back typographically (' as ’, "…" and an outer ‘…’ as “…”).
 * What still differs, and why, is listed in differences.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBibliography } from '../../../src/citations/bibliography.ts';
import { Cite, isOthers, plugins, type CslItem, type CslName } from '../../../src/citations/citation-js.ts';
import { downloadFormats } from '../../../src/citations/downloads/formats.ts';
import { differences, type Field, type Format, type Importer } from './differences.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name));

/** Each set of works, by the folder it is read from; sets where nothing loads are left out. */
const sets = ['content/bibliography', 'tests/citations/fixtures/bibliography', ...folders('tests/citations/bibliography-fixtures'), ...folders('tests/citations/downloads/fixtures')]
  .map((dir) => ({ name: dir, works: [...readBibliography(join(root, dir)).bibliography.items.values()] }))
  .filter(({ works }) => works.length > 0);

const formats: Format[] = ['bib', 'ris', 'json'];

type Facts = Record<Field, string | undefined>;

const withoutNocase = (text: string | undefined) => text?.replace(/<span class="nocase">(.*?)<\/span>/g, '$1');
const nameOf = (name: CslName) => name.literal ?? (name.given ? `${name.family ?? ''}, ${name.given}` : name.family);

function facts(work: CslItem): Facts {
  const issued = work.issued as (CslItem['issued'] & { raw?: string }) | undefined;
  const parts = issued?.['date-parts']?.[0]?.map(Number).filter((part) => !Number.isNaN(part));
  return {
    title: withoutNocase(work.title),
    authors: JSON.stringify((work.author ?? []).map(nameOf)),
    date: parts?.length ? parts.join('-') : (issued?.literal ?? issued?.raw),
    container: withoutNocase(work['container-title'] as string | undefined),
    doi: work.DOI,
  };
}

/** What a download of `work` should read as: its facts, without the "others" that stands for "et al." (README). */
const expected = (work: CslItem) => facts({ ...work, ...(work.author ? { author: work.author.filter((name) => !isOthers(name)) } : {}) });

const plainQuotes = (facts: Facts): Facts => Object.fromEntries(Object.entries(facts).map(([field, value]) => [field, value?.replace(/[‘’“”"]/g, "'")])) as Facts;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function fileOf(text: string, format: Format): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-download-'));
  temporary.push(dir);
  writeFileSync(join(dir, `download.${format}`), text);
  return dir;
}

function ourLoader(text: string, format: Format): CslItem[] {
  const { bibliography, errors } = readBibliography(fileOf(text, format));
  expect(errors).toEqual([]);
  return [...bibliography.items.values()];
}

const runPandoc = promisify(execFile);
async function pandoc(text: string, from: string, format: Format): Promise<CslItem[]> {
  const { stdout } = await runPandoc('pandoc', ['-f', from, '-t', 'csljson', join(fileOf(text, format), `download.${format}`)], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as CslItem[];
}

const readers: Record<Format, { importer: Importer; label: string; read: (text: string) => CslItem[] | Promise<CslItem[]> }[]> = {
  bib: [
    { importer: 'our loader', label: 'our loader', read: (text) => ourLoader(text, 'bib') },
    { importer: 'citation-js', label: 'citation-js', read: (text) => new Cite(text).data as CslItem[] },
    { importer: 'pandoc', label: 'pandoc -f biblatex', read: (text) => pandoc(text, 'biblatex', 'bib') },
    { importer: 'pandoc', label: 'pandoc -f bibtex', read: (text) => pandoc(text, 'bibtex', 'bib') },
  ],
  ris: [
    { importer: 'our loader', label: 'our loader', read: (text) => ourLoader(text, 'ris') },
    { importer: 'citation-js', label: 'citation-js', read: (text) => new Cite(text).data as CslItem[] },
  ],
  json: [
    { importer: 'our loader', label: 'our loader', read: (text) => ourLoader(text, 'json') },
    { importer: 'citation-js', label: 'citation-js', read: (text) => new Cite(text).data as CslItem[] },
    { importer: 'pandoc', label: 'pandoc -f csljson', read: (text) => pandoc(text, 'csljson', 'json') },
  ],
};

interface Reading {
  set: string;
  /** The download as the site writes it. */
  text: string;
  format: Format;
  importer: Importer;
  label: string;
  works: CslItem[];
  read: CslItem[];
}

/** Every difference between a work and its re-import, as "set: format, reader: key: field: expected → read". */
interface Mismatch {
  reading: Reading;
  work: CslItem;
  field: Field;
  text: string;
}

function mismatches(reading: Reading): Mismatch[] {
  const { set, format, importer, label, works, read } = reading;
  if (read.length !== works.length) return [{ reading, work: works[0]!, field: 'title', text: `${set}: ${format}, ${label}: ${read.length} works read back of ${works.length}` }];
  return works.flatMap((work, index) => {
    const quotes = importer === 'pandoc' ? plainQuotes : (facts: Facts) => facts;
    const want = quotes(expected(work));
    const got = quotes(facts(read[index]!));
    return (Object.keys(want) as Field[])
      .filter((field) => want[field] !== got[field])
      .map((field) => ({ reading, work, field, text: `${set}: ${format}, ${label}: ${work.id}: ${field}: ${want[field]} → ${got[field]}` }));
  });
}

const documented = (mismatch: Mismatch) =>
  differences.find((difference) => difference.importer === mismatch.reading.importer && difference.format === mismatch.reading.format && difference.fields.includes(mismatch.field) && difference.applies(mismatch.work));

describe('downloads read back as the site shows them', () => {
  const readings: Reading[] = [];

  beforeAll(async () => {
    const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
    expect(version, 'the documented differences are those of pandoc 2.17 (Debian 12); install it with apt-get install -y pandoc').toMatch(/^pandoc 2\.17\b/);
    expect(execFileSync('pandoc', ['--list-input-formats'], { encoding: 'utf8' }).split('\n')).not.toContain('ris');
    const pending = sets.flatMap(({ name, works }) =>
      formats.flatMap((format) => {
        const text = downloadFormats[format].write(works);
        return readers[format].map(async ({ importer, label, read }) => readings.push({ set: name, text, format, importer, label, works, read: await read(text) }));
      }),
    );
    await Promise.all(pending);
  }, 120_000);

  it('reads every set of works in every format with every reader', () => {
    expect(sets.length).toBeGreaterThan(20);
    expect(readings).toHaveLength(sets.length * (readers.bib.length + readers.ris.length + readers.json.length));
  });

  it.each(formats.flatMap((format) => readers[format].map(({ label }) => [format, label] as const)))('%s through %s: same title, authors, date, container and DOI', (format, label) => {
    const unexplained = readings
      .filter((reading) => reading.format === format && reading.label === label)
      .flatMap(mismatches)
      .filter((mismatch) => !documented(mismatch))
      .map(({ text }) => text);
    expect(unexplained).toEqual([]);
  });

  it('every documented difference still happens', () => {
    const all = readings.flatMap(mismatches);
    const unused = differences.filter((difference) => !all.some((mismatch) => documented(mismatch) === difference)).map(({ why }) => why);
    expect(unused).toEqual([]);
  });

  it('never brings back "et al." as a person named "others"', () => {
    expect(sets.some(({ works }) => works.some((work) => work.author?.some(isOthers)))).toBe(true);
    const others = readings.flatMap(({ set, format, label, read }) =>
      read.flatMap((work) =>
        Object.entries(work)
          .filter(([, value]) => Array.isArray(value) && (value as CslName[]).some((name) => typeof name === 'object' && isOthers(name)))
          .map(([variable]) => `${set}: ${format}, ${label}: ${work.id}: ${variable}`),
      ),
    );
    expect(others).toEqual([]);
  });

  it("keeps the works' citation keys in BibTeX and CSL-JSON", () => {
    // BibTeX keeps a key the work was given for BibTeX ("Cite this page" writes kb_guidance_power for kb-guidance-power).
    const key = (work: CslItem, format: Format) => String((format === 'bib' && work['citation-key']) || work.id);
    const changed = readings
      .filter(({ format, importer }) => format !== 'ris' && importer === 'our loader')
      .flatMap(({ set, format, works, read }) => works.flatMap((work, index) => (read[index]?.id === key(work, format) ? [] : [`${set}: ${format}: ${key(work, format)} → ${read[index]?.id}`])));
    expect(changed).toEqual([]);
  });

  it('writes every RIS line as one tag, "XX  - value", or "ER  - " closing a record; nothing is wrapped', () => {
    const ris = readings.filter(({ format, label }) => format === 'ris' && label === 'our loader');
    const bad = ris.flatMap(({ set, text }) =>
      text
        .split('\r\n')
        .map((line, index, lines) => ({ line, index, after: lines[index - 1] }))
        .filter(({ line, after }) => !(/^[A-Z][A-Z0-9] {2}- \S/.test(line) || line === 'ER  - ' || (line === '' && (after === 'ER  - ' || after === ''))) || /[\r\n]/.test(line))
        .map(({ line, index }) => `${set}: line ${index + 1}: ${JSON.stringify(line)}`),
    );
    expect(bad).toEqual([]);
    // Long values are the ones citation-js wrapped at 70 characters.
    expect(ris.some(({ text }) => text.split('\r\n').some((line) => line.length > 200))).toBe(true);
  });

  it('writes CSL-JSON that is valid as it is: an array of items with an id and a type, every field one the schema allows', () => {
    for (const { text } of readings.filter(({ format, label }) => format === 'json' && label === 'our loader')) {
      const items = JSON.parse(text) as CslItem[];
      expect(Array.isArray(items)).toBe(true);
      for (const item of items) expect(typeof item.id === 'string' && typeof item.type === 'string').toBe(true);
      expect(plugins.input.util.clean(items, false)).toEqual(items);
    }
  });
});
