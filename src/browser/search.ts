/**
 * The search page: runs the search in the URL through Pagefind's JS API and
 * keeps results, filter counts and the URL in step as the reader types or
 * ticks a filter. Pagefind's code and index are fetched on this page only,
 * and only once there is something to search for.
 */
import { termKey } from '../search/filters.ts';
import { rankPartialMatches, significantWords } from '../search/partial.ts';
import { correctQuery, type Vocabulary } from '../search/spelling.ts';
import { hasFilters, pagefindFilters, readState, writeState, type SearchState } from '../search/url-state.ts';
import { fill, fillNodes, plural } from '../messages/fill.ts';
import type { Messages } from '../messages/en-GB.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface SearchOptions {
  filters: Record<string, { any: string[] }>;
}
interface Pagefind {
  options(options: { baseUrl: string; ranking: { pageLength: number } }): Promise<void>;
  search(query: string | null, options: SearchOptions): Promise<PagefindSearch>;
  debouncedSearch(query: string, options: SearchOptions, wait: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

type Labels = Record<string, Record<string, string>>;
/** The page's messages for this script (src/messages/, search.script), given in the form's data-messages. */
type SearchMessages = Messages['search']['script'];

const PAGE_SIZE = 10;
const SUB_RESULTS = 3;
/** Below this many pages holding every word, pages holding some of them are listed too. */
const FEW_RESULTS = 5;
const SHORTCUT_KEY = 'evidence-site:slash-shortcut';

export function startSearchPage(): void {
  const form = document.getElementById('search-app');
  const input = document.getElementById('search-input');
  const status = document.getElementById('search-status');
  const spelling = document.getElementById('search-spelling');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more');
  const shortcut = document.getElementById('search-shortcut');
  const filterPanel = document.getElementById('search-filters');
  const filterCount = document.getElementById('search-filter-count');
  if (!(form instanceof HTMLFormElement) || !(input instanceof HTMLInputElement) || !(shortcut instanceof HTMLInputElement)) return;
  if (!status || !spelling || !list || !more || !(filterPanel instanceof HTMLDetailsElement) || !filterCount) return;
  // Beside the results where there is room; on a phone, closed above them, so the results come first.
  if (matchMedia('(min-width: 48rem)').matches) filterPanel.open = true;

  const labels = JSON.parse(form.dataset.labels ?? '{}') as Labels;
  const text = JSON.parse(form.dataset.messages ?? '{}') as SearchMessages;
  const locale = document.documentElement.lang;
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox][name]')];
  const counts = [...form.querySelectorAll<HTMLElement>('[data-count]')];
  const totals = new Map(counts.map((element) => [element, element.textContent]));
  let pagefind: Promise<Pagefind> | undefined;
  let vocabulary: Promise<Vocabulary> | undefined;
  let latest = 0;
  let shown: PagefindResult[] = [];
  let partialFrom = Infinity;

  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`).then(async (module: Pagefind) => {
      // Guidance pages are long because they are the full answer; Pagefind's
      // default length penalty (0.75) ranked one-paragraph glossary pages above
      // them. 0.2 won the relevance suite (tests/browser/search-relevance.test.ts).
      await module.options({ baseUrl: form.dataset.base ?? '/', ranking: { pageLength: 0.2 } });
      // Pagefind counts filter values in a search only once its filter index is loaded.
      await module.filters();
      return module;
    }));
  // Without the word list, search still works; it just cannot suggest spellings.
  const loadVocabulary = () =>
    (vocabulary ??= fetch(form.dataset.vocabulary ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : {}))
      .catch(() => ({})));

  const showState = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes) box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
  };

  const stateOfForm = (exact: boolean): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name as keyof SearchState['filters']] ??= []).push(box.value);
    return { query: input.value.trim(), filters, exact };
  };

  const filterSummary = (state: SearchState) =>
    Object.entries(state.filters)
      .flatMap(([group, values]) => values.map((value) => labels[group]?.[value] ?? value))
      .join(', ');

  const showMore = async () => {
    const start = list.children.length;
    const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    list.append(...page.map((data, index) => renderResult(data, labels, text, start + index >= partialFrom)));
    more.hidden = list.children.length >= shown.length;
  };

  const run = async (state: SearchState, debounce: boolean) => {
    const ticket = ++latest;
    const active = Object.values(state.filters).flat().length;
    filterCount.textContent = active > 0 ? fill(text.activeFilters, { count: active }) : '';
    history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
    spelling.hidden = true;
    if (!state.query && !hasFilters(state)) {
      status.textContent = text.prompt;
      list.replaceChildren();
      more.hidden = true;
      for (const [element, total] of totals) element.textContent = total;
      return;
    }

    const engine = await loadPagefind();
    const options = { filters: pagefindFilters(state) };
    let query = state.query;
    let search = query ? (debounce ? await engine.debouncedSearch(query, options, 250) : await engine.search(query, options)) : await engine.search(null, options);
    // A newer keystroke or filter change superseded this search.
    if (search === null || ticket !== latest) return;

    const corrected = query && !state.exact ? correctQuery(query, await loadVocabulary()) : undefined;
    if (corrected) {
      const retry = await engine.search(corrected, options);
      if (ticket !== latest) return;
      if (retry.results.length > 0) {
        spelling.replaceChildren(
          ...fillNodes(text.correctedTo, {
            corrected: Object.assign(document.createElement('strong'), { textContent: corrected }),
            instead: Object.assign(document.createElement('a'), { href: writeState({ ...state, exact: true }) || '?', textContent: fill(text.searchInstead, { query }) }),
          }),
        );
        spelling.hidden = false;
        query = corrected;
        search = retry;
      }
    }

    const groupCounts = await countsPerGroup(engine, query, state, search);
    if (ticket !== latest) return;
    for (const element of counts) {
      const [group = '', value = ''] = (element.dataset.count ?? '').split(':');
      element.textContent = `(${groupCounts[group]?.[value] ?? 0})`;
    }
    const pinned = query ? await glossaryPage(engine, query, state) : undefined;
    const full = pinned ? [pinned, ...search.results.filter((result) => result.id !== pinned.id)] : search.results;
    const partial = query && full.length < FEW_RESULTS ? await partialMatches(engine, query, options, full) : [];
    if (ticket !== latest) return;
    shown = [...full, ...partial];
    partialFrom = full.length;
    list.replaceChildren();
    await showMore();
    if (ticket !== latest) return;
    // Announced once the results are on the page, so a screen reader user can go straight to them.
    const values = { query, within: hasFilters(state) ? fill(text.withFilters, { filters: filterSummary(state) }) : '' };
    const found =
      full.length === 0
        ? fill(query ? text.noMatchFor : text.noMatch, values)
        : plural(query ? text.pagesMatch : text.pages, full.length, locale, values);
    const some = partial.length > 0 ? ` ${plural(full.length > 0 ? text.moreSomeWords : text.someWords, partial.length, locale)}` : '';
    status.textContent = found + some;
  };

  input.addEventListener('input', () => void run(stateOfForm(false), true));
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox' && event.target.name) void run(stateOfForm(false), false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(stateOfForm(false), false);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    showState(state);
    void run(state, false);
  });

  setUpShortcut(shortcut, input);
  const state = readState(location.search);
  showState(state);
  void run(state, false);
}

/**
 * The glossary page named exactly as the query (a term, its expansion or an
 * alias), which goes first: a reader who types a term wants its definition.
 */
async function glossaryPage(engine: Pagefind, query: string, state: SearchState): Promise<PagefindResult | undefined> {
  if (state.filters.type && !state.filters.type.includes('glossary')) return undefined;
  const filters = { ...pagefindFilters(state), type: { any: ['glossary'] }, term: { any: [termKey(query)] } };
  // With the query, the excerpt marks the matched words; an alias the page
  // does not spell out may match no words, so fall back to the page itself.
  return (await engine.search(query, { filters })).results[0] ?? (await engine.search(null, { filters })).results[0];
}

/**
 * The count beside each filter value: how many results the search would
 * have with that value ticked. Values in a group combine with "any", so a
 * group where something is ticked is counted as if it were not.
 */
async function countsPerGroup(engine: Pagefind, query: string, state: SearchState, search: PagefindSearch): Promise<PagefindSearch['filters']> {
  const counts = { ...search.filters };
  for (const group of Object.keys(state.filters) as (keyof SearchState['filters'])[]) {
    const { [group]: _ticked, ...others } = state.filters;
    const without = await engine.search(query || null, { filters: pagefindFilters({ ...state, filters: others }) });
    counts[group] = without.filters[group] ?? {};
  }
  return counts;
}

async function partialMatches(engine: Pagefind, query: string, options: SearchOptions, listed: readonly PagefindResult[]): Promise<PagefindResult[]> {
  const words = significantWords(query);
  if (words.length < 2) return [];
  const perWord = await Promise.all(words.map(async (word) => (await engine.search(word, options)).results));
  return rankPartialMatches(perWord, new Set(listed.map((result) => result.id)));
}

/**
 * "/" jumps to the search box, unless the reader is typing elsewhere. A
 * one-key shortcut can clash with speech input and screen reader keys, so the
 * page lets readers turn it off (WCAG 2.1.4), and remembers the choice.
 */
function setUpShortcut(toggle: HTMLInputElement, input: HTMLInputElement): void {
  const remembered = (() => {
    try {
      return localStorage.getItem(SHORTCUT_KEY);
    } catch {
      return null; // Storage can be blocked by policy on managed machines.
    }
  })();
  toggle.checked = remembered !== 'off';
  toggle.addEventListener('change', () => {
    try {
      localStorage.setItem(SHORTCUT_KEY, toggle.checked ? 'on' : 'off');
    } catch {
      // The choice then lasts until the page is left.
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || !toggle.checked || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/**
 * A link that, in browsers that support text fragments, scrolls to and
 * highlights the matched words on the page it opens: highlighting on landing
 * with no JavaScript on content pages. Other browsers ignore the fragment.
 */
function highlightLink(url: string, words: readonly string[]): string {
  const unique = [...new Map(words.map((word) => [word.toLowerCase(), word])).values()].slice(0, 2);
  if (unique.length === 0) return url;
  // Text directives reserve "-", "&" and ",".
  const directive = unique.map((word) => `text=${encodeURIComponent(word).replace(/-/g, '%2D')}`).join('&');
  return `${url}${url.includes('#') ? '' : '#'}:~:${directive}`;
}

/** Pagefind's excerpt as DOM: its text with only its <mark> elements kept, never other markup. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) =>
    node instanceof HTMLElement && node.tagName === 'MARK'
      ? Object.assign(document.createElement('mark'), { textContent: node.textContent })
      : document.createTextNode(node.textContent ?? ''),
  );
}

/**
 * A section's excerpt without the section's heading at its start: Pagefind
 * begins the excerpt with the heading when the match is near it ("What they
 * did. The partners…"), and the heading is already the link before it.
 */
function withoutHeading(nodes: Node[], heading: string): Node[] {
  const text = nodes.map((node) => node.textContent ?? '').join('');
  if (!heading || !text.startsWith(heading)) return nodes;
  let cut = heading.length + (/^\.?\s*/.exec(text.slice(heading.length))?.[0].length ?? 0);
  return nodes.flatMap((node) => {
    const length = node.textContent?.length ?? 0;
    if (cut >= length) {
      cut -= length;
      return [];
    }
    node.textContent = (node.textContent ?? '').slice(cut);
    cut = 0;
    return [node];
  });
}

/**
 * The words to highlight on landing: Pagefind marks words with their
 * punctuation and also marks short prefix matches ("is" for "I"), so keep the
 * word itself and only words long enough to mean something.
 */
function markedWords(nodes: readonly Node[]): string[] {
  return nodes
    .filter((node) => node instanceof HTMLElement)
    .map((node) => /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/u.exec(node.textContent ?? '')?.[0] ?? '')
    .filter((word) => word.length >= 4);
}

function renderResult(data: PagefindResultData, labels: Labels, text: SearchMessages, partial: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const type = [data.filters.type?.[0] && (labels.type?.[data.filters.type[0]] ?? data.filters.type[0]), partial && text.partialMatch].filter(Boolean).join(' · ');
  const excerpt = data.excerpt ? excerptNodes(data.excerpt) : [document.createTextNode(data.meta.summary ?? '')];

  const heading = document.createElement('h3');
  heading.append(Object.assign(document.createElement('a'), { href: highlightLink(data.url, markedWords(excerpt)), textContent: data.meta.title ?? data.url }));
  if (type) item.append(Object.assign(document.createElement('p'), { className: 'search-result__type', textContent: type }));
  const summary = document.createElement('p');
  summary.append(...excerpt);
  item.append(heading, summary);

  const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, SUB_RESULTS);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    list.setAttribute('aria-label', fill(text.sectionsOf, { title: data.meta.title ?? text.untitled }));
    for (const sub of sections) {
      const subExcerpt = withoutHeading(excerptNodes(sub.excerpt), sub.title);
      const entry = document.createElement('li');
      const text = document.createElement('span');
      text.append(...subExcerpt);
      // A plain #heading link: with a text fragment the browser would scroll past the heading to the word.
      entry.append(Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title }), ' ', text);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
