/** One search result, ready to show: at the reader's address, deduplicated across languages. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with the matched words in `<mark>`. */
  excerpt: string;
  type: string;
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
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string, options: { filters?: Record<string, unknown> }): Promise<{
    results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
    filters: Record<string, Record<string, number>>;
  } | null>;
}

export interface SearchClient {
  search(query: string, filters: ActiveFilters, limit: number): Promise<SearchResponse>;
}

/**
 * Loads the Pagefind index on first use. English pages hold every concept's
 * terms in all languages, so the English index answers in every language; a
 * reader of another language also gets that language's index (the concept
 * pages written in it, searched with its stemming). Results point to the
 * reader's language where the page exists in it.
 */
export async function loadSearch(base: string, lang: string): Promise<SearchClient> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
  await pagefind.options({ language: 'en', excerptLength: 22 });
  if (lang !== 'en') await pagefind.mergeIndex(`${base}pagefind/`, { language: lang });

  const localPrefix = lang === 'en' ? base : `${base}${lang}/`;
  const addressFor = (data: PagefindResultData) => {
    if (lang === 'en' || data.url.startsWith(localPrefix)) return data.url;
    const key = data.meta.key ?? '/';
    const localized = data.meta.type !== 'concept' || (data.meta.locales ?? '').split(',').includes(lang);
    return localized ? `${localPrefix}${key.slice(1)}` : data.url;
  };

  return {
    async search(query, filters, limit) {
      const response = await pagefind.search(query, { filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }])) });
      if (!response) return { hits: [], total: 0, counts: {} };
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (const result of response.results) {
        if (hits.length >= limit) break;
        const data = await result.data();
        const url = addressFor(data);
        if (seen.has(url)) continue;
        seen.add(url);
        hits.push({ url, title: data.meta.title ?? url, excerpt: data.excerpt, type: data.meta.type ?? 'page' });
      }
      return { hits, total: response.results.length, counts: response.filters };
    },
  };
}
