/**
 * A citeproc engine of our own for one bibliography and style.
 *
 * citation-js's CSL plugin keeps one engine per style for the whole process
 * and points it at whichever items the latest call passed in, so two
 * formatters in one build (the bibliography, and this site's own pages for
 * "Cite this page") would silently swap each other's items. Each formatter
 * gets its own engine instead, built from the styles and locales citation-js
 * registers.
 */
import CSL from 'citeproc';
import type { CiteprocEngine } from '@citation-js/core';
import { plugins, type CslItem } from './citation-js.ts';

/** `styleXml` is a CSL style, e.g. one of citation-js's templates (`plugins.config.get('@csl').styles`). */
export function createEngine(items: CslItem[], styleXml: string, locale: string): CiteprocEngine {
  const csl = plugins.config.get('@csl');
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang: string) => csl.locales.get(lang) ?? csl.locales.get(lang.replace('-', '_')) ?? csl.locales.get(locale),
      retrieveItem: (id: string) => {
        const item = byId.get(id);
        if (!item) throw new Error(`Cannot find entry with id '${id}'`);
        return item;
      },
    },
    styleXml,
    locale,
    true,
  ) as unknown as CiteprocEngine;
  engine.setOutputFormat('html');
  // DOIs and URLs become links in reference lists.
  engine.opt.development_extensions['wrap_url_and_doi'] = true;
  return engine;
}
