import type { SearchHit } from './client.ts';
import type { SearchStrings } from './strings.ts';

/** Renders hits as a list of links; the excerpt is Pagefind's, escaped text with `<mark>`. */
export function renderHits(list: HTMLElement, hits: SearchHit[], strings: SearchStrings, idPrefix: string, asOptions: boolean): void {
  list.replaceChildren(
    ...hits.map((hit, index) => {
      const item = document.createElement('li');
      item.className = 'search-hit';
      const link = document.createElement('a');
      link.href = hit.url;
      if (asOptions) {
        // The link itself is the option: an option may not contain a link.
        item.setAttribute('role', 'none');
        link.id = `${idPrefix}-${index}`;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', 'false');
        link.tabIndex = -1;
      }
      const title = document.createElement('span');
      title.className = 'search-hit-title';
      title.textContent = hit.title;
      const type = document.createElement('span');
      type.className = 'search-hit-type';
      type.textContent = strings.types[hit.type] ?? hit.type;
      const excerpt = document.createElement('span');
      excerpt.className = 'search-hit-excerpt';
      excerpt.innerHTML = hit.excerpt;
      link.append(title, type, excerpt);
      item.append(link);
      return item;
    }),
  );
}

/**
 * Arrow keys move through a list of results, Home and End jump, Enter opens
 * the active one: the listbox pattern, with focus kept in the search field.
 */
export function listNavigation(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): () => void {
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const select = (index: number) => {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, position) => option.setAttribute('aria-selected', String(position === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      select(active + 1);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      select(active - 1);
    } else if (event.key === 'Home' && active >= 0) {
      event.preventDefault();
      select(0);
    } else if (event.key === 'End' && active >= 0) {
      event.preventDefault();
      select(count - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active].click();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
  return () => select(-1);
}
