import type { Translate } from '../../i18n/translate.ts';
import { searchTypes } from './page-search.ts';

/** The UI strings the search scripts show, in the reader's language. */
export function searchStrings(t: Translate) {
  return {
    results: t('search.results'),
    noResults: t('search.noResults'),
    loading: t('search.loading'),
    seeAll: t('search.seeAll'),
    types: Object.fromEntries(searchTypes.map((type) => [type, t(`search.type.${type}`)])),
  };
}
