import { localeInfo, type Locale } from '../i18n/locales.ts';

/** The locale Intl formats with (Montenegrin borrows Latin-script Serbian of Montenegro). */
export function intlLocale(locale: Locale): string {
  return localeInfo(locale).intl;
}

/** A `YYYY-MM-DD` date written out in the reader's language, e.g. "24 November 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A number in the reader's conventions, e.g. "29 007,66" or "29,007.66". */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** "A, B and C" in the reader's language. */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/** A country's name in the reader's language, from its ISO code (`xk` included). */
export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([intlLocale(locale)], { type: 'region' }).of(code.toUpperCase()) ?? code.toUpperCase();
}

/** A language's name in the reader's language, from its code. */
export function languageName(code: string, locale: Locale): string {
  return new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(code) ?? code;
}

/** Compares strings as the reader's language sorts them (š after s in Slovenian, ä at the end in Finnish...). */
export function compareText(locale: Locale): (a: string, b: string) => number {
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base' });
  return collator.compare;
}
