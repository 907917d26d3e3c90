/**
 * One citeproc engine for the formatter's two kinds of work (format.ts):
 * - shared: a work rendered as if no other work were cited, so the result
 *   can serve every page (cites, sort keys, and bibliographies of works each
 *   standing alone);
 * - a context: the works of one page that can change each other's cites,
 *   registered together, disambiguated as the style says.
 *
 * Building a style's engine is the costly part of citeproc (about 0.5 s for
 * APA), and the two kinds differ only in options citeproc reads when it
 * renders or registers (the <citation> element's disambiguate-add-names,
 * -givenname, -year-suffix and givenname-disambiguation-rule), so they share
 * one engine: the options are set for each use. Shared work goes under ids
 * of its own (sharedId), which are never registered with a context, so
 * nothing a context registered (initials, year suffixes) can reach it.
 */
import type { Engine } from './engine.ts';

const sharedPrefix = '\uE004';
/** The id a work is rendered under when shared. */
export const sharedId = (key: string) => `${sharedPrefix}${key}`;
/** The work's key, from the id citeproc was given. */
export const keyOf = (id: string) => (id.startsWith(sharedPrefix) ? id.slice(sharedPrefix.length) : id);

const disambiguation = ['disambiguate-add-names', 'disambiguate-add-givenname', 'disambiguate-add-year-suffix'] as const;
/** citeproc's value when a style names no rule (citeproc_commonjs.js, CSL.Engine.Citation). */
const defaultGivennameRule = 'by-cite';

export class EngineRoles {
  private engine?: Engine;
  private styleOptions?: { options: boolean[]; rule: unknown };
  /** Whether the engine's options are now set to disambiguate; unknown until first set. */
  private disambiguates?: boolean;
  /** The ids registered, joined, so the same registration is not repeated. */
  private registered = '';

  private readonly create: () => Engine;

  constructor(create: () => Engine) {
    this.create = create;
  }

  private started(): Engine {
    if (!this.engine) {
      const engine = this.create();
      this.styleOptions = { options: disambiguation.map((option) => engine.opt[option] === true), rule: engine.citation.opt['givenname-disambiguation-rule'] };
      this.engine = engine;
    }
    return this.engine;
  }

  /** The engine with disambiguation as the style has it, or none. */
  private disambiguating(on: boolean): Engine {
    const engine = this.started();
    if (this.disambiguates === on) return engine;
    this.disambiguates = on;
    const { options, rule } = this.styleOptions!;
    disambiguation.forEach((option, index) => (engine.opt[option] = on && options[index]!));
    engine.citation.opt['givenname-disambiguation-rule'] = on ? rule : defaultGivennameRule;
    // citeproc reads the options into its disambiguator's modes once, when the engine is built.
    engine.disambiguate.configModes();
    return engine;
  }

  private registerOnce(engine: Engine, ids: string[]): Engine {
    const signature = ids.join('\u0001');
    if (signature !== this.registered) {
      engine.updateItems(ids);
      this.registered = signature;
    }
    return engine;
  }

  /** For cites and sort keys of works under their shared ids (nothing registered is needed to render them). */
  shared(): Engine {
    return this.disambiguating(false);
  }

  /** With `keys` registered under their shared ids: a bibliography of works each as if cited alone. */
  sharedRegistry(keys: string[]): Engine {
    return this.registerOnce(this.disambiguating(false), keys.map(sharedId));
  }

  /** With exactly `keys` registered, disambiguating among them. */
  context(keys: string[]): Engine {
    return this.registerOnce(this.disambiguating(true), keys);
  }

}
