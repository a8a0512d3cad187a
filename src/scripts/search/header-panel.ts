import { loadSearch, type SearchClient } from './client.ts';
import { listNavigation, renderHits } from './results.ts';
import { format, readStrings } from './strings.ts';

/**
 * Live results under the header search field, as a combobox: results appear
 * while typing, arrows move through them, Enter opens one, Escape closes the
 * list, and the number of results is announced.
 */
export async function openHeaderPanel(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const strings = readStrings(form);
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ul');
  list.id = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.labels?.[0]?.textContent ?? '');
  const seeAll = document.createElement('a');
  seeAll.className = 'search-see-all';
  seeAll.textContent = strings.seeAll;
  panel.append(status, list, seeAll);
  form.append(panel);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const resetSelection = listNavigation(input, list, close);
  let client: SearchClient | undefined;
  let latest = 0;

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      close();
      return;
    }
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = strings.loading;
    client ??= await loadSearch(form.dataset.base ?? '/', document.documentElement.lang);
    const { hits } = await client.search(query, {}, 8, () => ticket !== latest);
    if (ticket !== latest) return;
    renderHits(list, hits, strings, 'site-search-hit', true);
    resetSelection();
    status.textContent = hits.length ? format(strings.results, { count: hits.length }) : format(strings.noResults, { query });
    seeAll.href = `${form.action}?q=${encodeURIComponent(query)}`;
  };

  input.addEventListener('input', () => void run());
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) await run();
}
