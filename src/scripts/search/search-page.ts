import { loadSearch, type ActiveFilters, type SearchClient, type SearchResponse } from './client.ts';
import { listNavigation, renderHits } from './results.ts';
import { format, readStrings, type SearchStrings } from './strings.ts';

const filterNames = ['type', 'country', 'topic', 'domain'] as const;
const pageSize = 20;

/**
 * The search page: the query comes from `?q=` so results can be linked, the
 * filters from `?type=...&country=...`; both stay in the address as the
 * reader changes them. The index loads only once there is a query.
 */
export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const strings = readStrings(root) as SearchStrings & { showMore: string };
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-show-more]')!;
  const filterPanel = root.querySelector<HTMLElement>('[data-filters]')!;
  const groups = root.querySelector<HTMLElement>('[data-filter-groups]')!;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const active: ActiveFilters = Object.fromEntries(filterNames.map((name) => [name, params.getAll(name)]));
  let limit = pageSize;
  let client: SearchClient | undefined;
  let latest = 0;
  input.setAttribute('aria-controls', list.id);
  const resetSelection = listNavigation(input, list, () => {
    input.value = '';
    void run();
  });

  const syncAddress = (query: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const name of filterNames) for (const value of active[name]) url.searchParams.append(name, value);
    history.replaceState(null, '', url);
  };

  const renderFilters = (response: SearchResponse) => {
    groups.replaceChildren(
      ...filterNames.flatMap((name) => {
        const counts = response.counts[name] ?? {};
        const values = Object.keys(counts).filter((value) => counts[value] > 0 || active[name].includes(value));
        if (values.length === 0) return [];
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = strings.filterNames?.[name] ?? name;
        fieldset.append(legend);
        const label = (value: string) => (name === 'type' ? strings.types[value] : strings.filterValues?.[name]?.[value]) ?? value;
        for (const value of values.sort((a, b) => label(a).localeCompare(label(b)))) {
          const row = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = active[name].includes(value);
          box.addEventListener('change', () => {
            active[name] = box.checked ? [...active[name], value] : active[name].filter((other) => other !== value);
            limit = pageSize;
            void run();
          });
          const text = document.createElement('span');
          text.textContent = label(value);
          const count = document.createElement('span');
          count.className = 'count';
          count.textContent = String(counts[value] ?? 0);
          row.append(box, text, count);
          fieldset.append(row);
        }
        return [fieldset];
      }),
    );
    filterPanel.hidden = groups.childElementCount === 0;
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    syncAddress(query);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      filterPanel.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    client ??= await loadSearch(root.dataset.base ?? '/', document.documentElement.lang, { withFilters: true });
    const response = await client.search(query, active, limit, () => ticket !== latest);
    if (ticket !== latest) return;
    renderHits(list, response.hits, strings, 'search-page-hit', true);
    resetSelection();
    renderFilters(response);
    status.textContent = response.total ? format(strings.results, { count: response.total }) : format(strings.noResults, { query });
    more.hidden = response.hits.length >= response.total || response.hits.length < limit;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    limit = pageSize;
    timer = setTimeout(() => void run(), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => {
    limit += pageSize;
    void run();
  });
  root.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    for (const name of filterNames) active[name] = [];
    void run();
  });
  if (input.value.trim()) void run();
}
