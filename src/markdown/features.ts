/**
 * The Markdown features every content page is read with, by the renderer
 * (src/markdown/pipeline.ts) and by the content checks (src/citations/scan.ts),
 * so both see the same tree. Punctuation appears as typed: content is written
 * with the quotes and dashes it means.
 */
import type { Features } from 'satteri';

export const contentFeatures: Features = { gfm: true, smartPunctuation: false };
