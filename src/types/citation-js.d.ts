// citation-js ships no type declarations; these cover the parts we use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const logger: {
    level: string;
    _console: { log(scope: string, ...message: unknown[]): void } | null;
  };
  export const plugins: {
    input: {
      /** Runs the parser registered for `format` on `data` (e.g. '@biblatex/text'). */
      data(data: unknown, format: string): unknown;
      util: {
        /** Keeps the CSL-JSON fields whose name and value type the schema allows; with `bestGuessConversions`, mends the rest where it can. */
        clean(data: unknown[], bestGuessConversions?: boolean): unknown[];
      };
    };
    output: {
      format(name: string, data: unknown[], options?: Record<string, unknown>): string | unknown;
    };
    config: {
      get(name: '@bibtex'): { parse: { strict: boolean; sentenceCase: 'never' | 'english' | 'always' }; format: { asciiOnly: boolean } };
      get(name: '@csl'): {
        engine(data: unknown[], style: string, locale: string, format: string): CiteprocEngine;
        styles: { has(name: string): boolean; get(name: string): string };
        locales: { get(name: string): string | undefined };
      };
    };
  };
  export interface CiteprocEngine {
    updateItems(ids: string[]): void;
    setOutputFormat(format: string): void;
    makeCitationCluster(items: Record<string, unknown>[]): string;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    opt: { development_extensions: Record<string, unknown> };
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';

declare module 'citeproc' {
  const CSL: {
    Engine: new (
      sys: { retrieveLocale(lang: string): unknown; retrieveItem(id: string): unknown; wrapCitationEntry?(text: string, id: string): string },
      style: string,
      lang: string,
      forceLang: boolean,
    ) => unknown;
  };
  export default CSL;
}
