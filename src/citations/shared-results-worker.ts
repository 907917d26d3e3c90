/** The worker thread of shared-results.ts: one formatter's shared results, posted back. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { setSiteRoot } from '../config/site-paths.ts';
import { CitationFormatter } from './format.ts';
import type { SharedResultsInput } from './shared-results.ts';
import { siteLocale } from './site-style.ts';
import { timedCitations } from './timing.ts';

const { root, items, style, lang, port } = workerData as SharedResultsInput & { port: MessagePort };
setSiteRoot(root);
port.postMessage(timedCitations(() => new CitationFormatter({ items: new Map(items), fileOf: new Map() }, style, lang, siteLocale).sharedResults()));
port.close();
