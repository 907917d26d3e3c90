/**
 * evidence-site readability (npm run check:readability): Flesch-Kincaid grade of each page's summary
 * and body. Summaries are the "at a glance" text a busy reader acts on, so
 * they should read at about secondary-school level (grade 9 or below, UK
 * Year 10). A report, not a gate: it prints figures and the pages to revisit.
 */
import { load } from 'js-yaml';
import { parseContent, withoutFrontmatter } from '../citations/scan.ts';
import { readContentFiles } from '../content-checks/content-files.ts';
import { fleschKincaid } from '../readability/flesch-kincaid.ts';
import { proseOf } from '../readability/prose.ts';
import { siteRoot } from '../config/site-paths.ts';

const summaryTarget = 9;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
};

export function run(): number {
  const root = siteRoot();
  const pages = readContentFiles(`${root}/content`, root).filter(({ path }) => /^content\/(guidance|case-studies|evidence)\//.test(path));

  const rows = pages.map(({ path, source }) => {
    const { body, frontmatter } = withoutFrontmatter(source);
    const summary = String((load(frontmatter) as { summary?: string } | undefined)?.summary ?? '');
    const prose = fleschKincaid(proseOf(parseContent(body, path.endsWith('.mdx')).tree));
    return { path: path.replace(/^content\//, ''), summary: fleschKincaid(summary).grade, body: prose.grade, words: prose.words };
  });

  const width = Math.max(...rows.map((row) => row.path.length));
  console.log(`${'page'.padEnd(width)}  summary  body  words`);
  for (const row of rows) {
    console.log(`${row.path.padEnd(width)}  ${String(row.summary).padStart(7)}  ${String(row.body).padStart(4)}  ${String(row.words).padStart(5)}`);
  }
  const hard = rows.filter((row) => row.summary > summaryTarget);
  console.log(`\n${rows.length} pages. Median grade: summaries ${median(rows.map((r) => r.summary))}, bodies ${median(rows.map((r) => r.body))}.`);
  console.log(
    hard.length === 0
      ? `Every summary reads at grade ${summaryTarget} or below.`
      : `${hard.length} summaries read above grade ${summaryTarget}; shorter sentences and plainer words would help:\n${hard.map((r) => `  ${r.path} (${r.summary})`).join('\n')}`,
  );
  return 0;
}
