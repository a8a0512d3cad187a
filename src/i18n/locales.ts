/**
 * The languages of the partnership. English is the working language and the
 * default locale (served without a URL prefix); every other locale lives under
 * `/<code>/`. Order is the order of the language switcher and of glossary terms.
 */
export const locales = [
  { code: 'en', name: 'English', nativeName: 'English', intl: 'en-GB' },
  { code: 'it', name: 'Italian', nativeName: 'Italiano', intl: 'it' },
  { code: 'nl', name: 'Dutch', nativeName: 'Nederlands', intl: 'nl' },
  { code: 'fi', name: 'Finnish', nativeName: 'Suomi', intl: 'fi' },
  { code: 'sl', name: 'Slovenian', nativeName: 'Slovenščina', intl: 'sl' },
  { code: 'hr', name: 'Croatian', nativeName: 'Hrvatski', intl: 'hr' },
  // Montenegrin has an ISO 639 code but little CLDR data: format dates and
  // numbers with the Latin-script Serbian of Montenegro, which CLDR covers.
  { code: 'cnr', name: 'Montenegrin', nativeName: 'Crnogorski', intl: 'sr-Latn-ME' },
  { code: 'bs', name: 'Bosnian', nativeName: 'Bosanski', intl: 'bs' },
  { code: 'sq', name: 'Albanian', nativeName: 'Shqip', intl: 'sq' },
  { code: 'sv', name: 'Swedish', nativeName: 'Svenska', intl: 'sv' },
  { code: 'da', name: 'Danish', nativeName: 'Dansk', intl: 'da' },
  { code: 'pl', name: 'Polish', nativeName: 'Polski', intl: 'pl' },
  { code: 'lt', name: 'Lithuanian', nativeName: 'Lietuvių', intl: 'lt' },
  { code: 'de', name: 'German', nativeName: 'Deutsch', intl: 'de' },
  { code: 'es', name: 'Spanish', nativeName: 'Español', intl: 'es' },
  { code: 'ca', name: 'Catalan', nativeName: 'Català', intl: 'ca' },
] as const;

export type Locale = (typeof locales)[number]['code'];
export type LocaleInfo = (typeof locales)[number];

export const defaultLocale = 'en' satisfies Locale;

export const localeCodes = locales.map((locale) => locale.code) as [Locale, ...Locale[]];

/** Every locale but the default one, in switcher order. */
export const translatedLocales = localeCodes.filter((code) => code !== defaultLocale);

export function isLocale(value: string | undefined): value is Locale {
  return localeCodes.includes(value as Locale);
}

export function localeInfo(code: Locale): LocaleInfo {
  return locales.find((locale) => locale.code === code)!;
}
