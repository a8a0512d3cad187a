import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/** The `locale` route parameter: absent for English, the code for every other locale. */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** Static paths for a page that exists once per locale, under `[...locale]`. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
