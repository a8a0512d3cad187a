import { foldDiacritics } from '../../lib/search/fold.ts';

/** One search result, ready to show: at the reader's address, deduplicated across languages. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with the matched words in `<mark>`. */
  excerpt: string;
  type: string;
  /** Whether the query is exactly one of the concept's terms. */
  exact: boolean;
}

/** Compares as a reader types: any case, with or without diacritics. */
const comparable = (text: string) => foldDiacritics(text.trim()).toLocaleLowerCase();

function isExactTerm(query: string, terms: string | undefined): boolean {
  if (!terms) return false;
  const wanted = comparable(query);
  return terms.split('|').some((term) => comparable(term) === wanted);
}

export interface SearchResponse {
  hits: SearchHit[];
  /** How many pages match, before results are cut to the limit. */
  total: number;
  /** Matching pages per filter value, given the other active filters. */
  counts: Record<string, Record<string, number>>;
}

export type ActiveFilters = Record<string, string[]>;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindApi {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters?: Record<string, unknown> }): Promise<{
    results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
    filters: Record<string, Record<string, number>>;
  } | null>;
}

export interface SearchClient {
  /**
   * Searches, loading the data of at most `limit` results. `isStale` says
   * when the reader has typed on: the results left then are not loaded, so
   * a fast typist does not download results for every prefix of a word.
   */
  search(query: string, filters: ActiveFilters, limit: number, isStale?: () => boolean): Promise<SearchResponse>;
}

/**
 * Starts Pagefind on the English index, which holds every page (see
 * \`pageSearchInfo\`). Pagefind picks its index from the page's \`<html lang>\`
 * when it starts, so the attribute reads \`en\` for that moment only: starting
 * is synchronous, nothing is drawn in between.
 */
async function startPagefind(url: string): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  const html = document.documentElement;
  const pageLanguage = html.lang;
  html.lang = 'en';
  const started = pagefind.init();
  html.lang = pageLanguage;
  await started;
  await pagefind.options({ excerptLength: 22 });
  return pagefind;
}

/**
 * Loads the search on first use. Every concept page in the index carries the
 * concept's terms in all sixteen languages, so a query in any language finds
 * it; results then point to the reader's language where the page exists in it.
 */
export async function loadSearch(base: string, lang: string, options: { withFilters?: boolean } = {}): Promise<SearchClient> {
  const english = await startPagefind(`${base}pagefind/pagefind.js`);
  // Pagefind counts results per filter value only once the filters are loaded.
  if (options.withFilters) await english.filters();

  const localPrefix = lang === 'en' ? base : `${base}${lang}/`;
  const addressFor = (data: PagefindResultData) => {
    if (lang === 'en' || data.url.startsWith(localPrefix)) return data.url;
    const key = data.meta.key ?? '/';
    const localized = data.meta.type !== 'concept' || (data.meta.locales ?? '').split(',').includes(lang);
    return localized ? `${localPrefix}${key.slice(1)}` : data.url;
  };
  const chosen = (filters: ActiveFilters) => Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));

  /**
   * Counts per filter value as checkboxes need them: for a filter that is in
   * use, the counts of its values without it, so that a reader can add a
   * second value; for the others, the counts within the current results.
   */
  const countsFor = async (query: string, filters: ActiveFilters, current: Record<string, Record<string, number>>) => {
    const counts = { ...current };
    for (const [name, values] of Object.entries(filters)) {
      if (values.length === 0) continue;
      const others = await english.search(query, { filters: chosen({ ...filters, [name]: [] }) });
      if (others) counts[name] = others.filters[name] ?? {};
    }
    return counts;
  };

  return {
    async search(query, filters, limit, isStale = () => false) {
      const response = await english.search(query, { filters: chosen(filters) });
      if (!response) return { hits: [], total: 0, counts: {} };
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (const result of response.results) {
        if (hits.length >= limit || isStale()) break;
        const data = await result.data();
        const url = addressFor(data);
        if (seen.has(url)) continue;
        seen.add(url);
        hits.push({ url, title: data.meta.title ?? url, excerpt: data.excerpt, type: data.meta.type ?? 'page', exact: isExactTerm(query, data.meta.terms) });
      }
      // A concept one of whose terms is exactly the query comes first ("Ausbildung"
      // names apprenticeship; other concepts merely contain the word).
      hits.sort((a, b) => Number(b.exact) - Number(a.exact));
      return { hits, total: response.results.length, counts: await countsFor(query, filters, response.filters) };
    },
  };
}
