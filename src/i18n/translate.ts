import en from './ui/en.json';
import { defaultLocale, type Locale } from './locales.ts';

/** Every UI string, by key. English is the reference: its keys are the full set. */
export type UiKey = Exclude<keyof typeof en, '_translation'>;
export type UiStrings = Record<UiKey, string>;

const files = import.meta.glob<{ default: Partial<UiStrings> }>('./ui/*.json', { eager: true });

function stringsOf(locale: Locale): Partial<UiStrings> {
  return files[`./ui/${locale}.json`]?.default ?? {};
}

/**
 * The translator for a locale: `t('meta.lastReviewed', { date })`. A key the
 * locale lacks falls back to English (tests make sure none lacks any).
 */
export function useTranslations(locale: Locale) {
  const strings = stringsOf(locale);
  const fallback = stringsOf(defaultLocale);
  return function t(key: UiKey, values?: Record<string, string | number>): string {
    const template = strings[key] ?? fallback[key] ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}

export type Translate = ReturnType<typeof useTranslations>;
