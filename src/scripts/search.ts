/**
 * The search page: runs the query from the URL through Pagefind's JS API and
 * keeps results in step as the reader types. Pagefind's code and index are
 * fetched only here, never on content pages.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;

export async function startSearchPage(): Promise<void> {
  const app = document.getElementById('search-app');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const input = document.getElementById('header-search');
  if (!app || !status || !list || !(input instanceof HTMLInputElement)) return;

  const pagefind: Pagefind = await import(/* @vite-ignore */ `${app.dataset.bundle}pagefind.js`);
  await pagefind.options({ baseUrl: app.dataset.base ?? '/' });

  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    if (!query.trim()) {
      status.textContent = 'Type a word or phrase to search the guide.';
      list.replaceChildren();
      return;
    }
    const search = await pagefind.debouncedSearch(query);
    // A newer keystroke superseded this search.
    if (search === null) return;
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    status.textContent =
      search.results.length === 0
        ? `No pages match "${query}".`
        : `${search.results.length} ${search.results.length === 1 ? 'page matches' : 'pages match'} "${query}".`;
    list.replaceChildren(...results.map(renderResult));
  };

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', () => void run(input.value));
  await run(input.value);
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  return item;
}
