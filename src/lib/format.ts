import { localeInfo, type Locale } from '../i18n/locales.ts';

/** The locale Intl formats with (Montenegrin borrows Latin-script Serbian of Montenegro). */
export function intlLocale(locale: Locale): string {
  return localeInfo(locale).intl;
}

const formatters = new Map<string, unknown>();

/**
 * One Intl object per kind, locale and options: creating them is far slower
 * than using them, and a build formats on every one of its pages.
 */
function cached<T>(key: string, create: () => T): T {
  if (!formatters.has(key)) formatters.set(key, create());
  return formatters.get(key) as T;
}

/** A `YYYY-MM-DD` date written out in the reader's language, e.g. "24 November 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  return cached(`date ${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A number in the reader's conventions, e.g. "29 007,66" or "29,007.66". */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return cached(`number ${locale} ${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(intlLocale(locale), options)).format(value);
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale): string {
  return cached(`list ${locale}`, () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' })).format(items);
}

/** A country's name in the reader's language, from its ISO code (`xk` included). */
export function countryName(code: string, locale: Locale): string {
  return cached(`region ${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type: 'region' })).of(code.toUpperCase()) ?? code.toUpperCase();
}

/** A language's name in the reader's language, from its code. */
export function languageName(code: string, locale: Locale): string {
  return cached(`language ${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type: 'language' })).of(code) ?? code;
}

/** Compares strings as the reader's language sorts them (š after s in Slovenian, ä at the end in Finnish...). */
export function compareText(locale: Locale): (a: string, b: string) => number {
  return cached(`collator ${locale}`, () => new Intl.Collator(intlLocale(locale), { sensitivity: 'base' })).compare;
}

/** Splits text into graphemes or sentences by the rules of a language (`lang` is a BCP 47 tag). */
export function segmenter(lang: string, granularity: 'grapheme' | 'sentence'): Intl.Segmenter {
  return cached(`segmenter ${lang} ${granularity}`, () => new Intl.Segmenter(lang, { granularity }));
}
