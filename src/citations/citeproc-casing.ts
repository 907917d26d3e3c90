/**
 * citeproc changes case with String#toLocaleLowerCase/UpperCase and the
 * languages of the cite in hand (CSL.toLocaleLowerCase), thousands of times
 * per page of cites: a tenth of the time it spends rendering, because V8
 * canonicalises the list of language tags on every call. Only Azeri, Greek,
 * Lithuanian and Turkish have case mappings of their own (ICU's special
 * casing, which is all V8 consults); for every other language the result is
 * exactly String#toLowerCase/UpperCase. So for those, the plain call is
 * made, and the four keep citeproc's own.
 */
import CSL from 'citeproc';

/** Languages whose case mappings differ from Unicode's default ones (ICU, ucase.cpp). */
const ownCasing = new Set(['az', 'el', 'lt', 'tr']);

interface CasingState {
  tmp: { lang_array?: string[] };
}
type Casing = (this: CasingState, text: string) => string;
const citeproc = CSL as unknown as { toLocaleLowerCase: Casing; toLocaleUpperCase: Casing };

/** V8 cases by the first language asked for; with none, by the machine's, which could be any. */
function defaultCasing(state: CasingState): boolean {
  const first = state.tmp.lang_array?.[0];
  return first !== undefined && !ownCasing.has(first.split(/[-_]/)[0]!.toLowerCase());
}

const [lower, upper] = [citeproc.toLocaleLowerCase, citeproc.toLocaleUpperCase];
citeproc.toLocaleLowerCase = function (text) {
  return defaultCasing(this) ? text.toLowerCase() : lower.call(this, text);
};
citeproc.toLocaleUpperCase = function (text) {
  return defaultCasing(this) ? text.toUpperCase() : upper.call(this, text);
};
