/** UI strings the search scripts need, handed over by the page in a `data-search-strings` attribute. */
export interface SearchStrings {
  results: string;
  noResults: string;
  loading: string;
  seeAll: string;
  types: Record<string, string>;
  /** Only on the search page, which has filters. */
  filterNames?: Record<string, string>;
  filterValues?: Record<string, Record<string, string>>;
}

export function readStrings(element: HTMLElement): SearchStrings {
  return JSON.parse(element.dataset.searchStrings ?? '{}') as SearchStrings;
}

/** Fills `{name}` placeholders, as the site's own translator does. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
