/** npm run bench:citations — the citation pipeline against a naive new-Cite-per-citation baseline. */
import { benchCitations } from './bench/citations.ts';

const { rows } = benchCitations();
const width = Math.max(...rows.map(([label]) => label!.length));
for (const [label, value] of rows) console.log(`${label!.padEnd(width)}  ${value}`);
