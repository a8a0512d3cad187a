import type { Locale } from '../../i18n/locales.ts';
import type { Translate, UiKey } from '../../i18n/translate.ts';
import type { Country } from '../../schemas/country.ts';
import { formatDate, formatList, formatNumber } from '../format.ts';

/** One structured fact as shown to a reader. */
export interface FactValue {
  /** The fact in words, in the reader's language where it is a label, in English where it is content. */
  text: string;
  /** Language of `text` when it is English content (names of bodies and frameworks). */
  lang?: string;
  /** Key of the source in the country's `sources`. */
  source: string;
  /** Year the figure describes, when it is a figure. */
  year?: number;
}

/** A structured fact of every country analysis, in the order pages show them. */
export interface FactDefinition {
  id: string;
  label: UiKey;
  /** Whether the fact concerns this country at all (visa exemptions only concern non-EU countries). */
  appliesTo?: (country: Country) => boolean;
  /** The fact for one country, or undefined when it is not yet documented. */
  value: (country: Country, locale: Locale, t: Translate) => FactValue | undefined;
}

const year = (value: number, locale: Locale) => formatNumber(value, locale, { useGrouping: false });

export const countryFacts: FactDefinition[] = [
  {
    id: 'eu',
    label: 'countries.fact.eu',
    value: ({ eu }, locale, t) => ({
      text: `${t(`countries.eu.${eu.status}`)}${eu.since ? ` (${t('countries.fact.since', { date: year(eu.since, locale) })})` : ''}`,
      source: eu.source,
    }),
  },
  {
    id: 'schengen',
    label: 'countries.fact.schengen',
    value: ({ schengen }, locale, t) => ({
      text: `${t(`countries.schengen.${schengen.status}`)}${schengen.since ? ` (${t('countries.fact.since', { date: formatDate(schengen.since, locale) })})` : ''}`,
      source: schengen.source,
    }),
  },
  {
    id: 'erasmus',
    label: 'countries.fact.erasmus',
    value: ({ erasmus }, _locale, t) => ({ text: t(`countries.erasmus.${erasmus.status}`), source: erasmus.source }),
  },
  {
    id: 'visa-free',
    label: 'countries.fact.visaFree',
    appliesTo: (country) => country.eu.status !== 'member',
    value: ({ schengen_visa_free: visaFree }, locale, t) =>
      visaFree && {
        text: `${t('countries.fact.since', { date: formatDate(visaFree.since, locale) })}${visaFree.condition ? ` · ${visaFree.condition}` : ''}`,
        source: visaFree.source,
      },
  },
  {
    id: 'languages',
    label: 'countries.fact.languages',
    value: ({ official_languages: languages }, locale) => languages && { text: formatList(languages.names, locale), lang: 'en', source: languages.source },
  },
  {
    id: 'nqf',
    label: 'countries.fact.nqf',
    value: ({ nqf }, locale, t) =>
      nqf && {
        text: `${nqf.name}${nqf.levels ? ` · ${t('countries.fact.nqfLevels')}: ${formatNumber(nqf.levels, locale)}` : ''}`,
        lang: 'en',
        source: nqf.source,
      },
  },
  {
    id: 'eqf',
    label: 'countries.fact.eqf',
    value: ({ nqf }, locale, t) =>
      nqf && {
        text: nqf.eqf_referencing === 'referenced' ? t('countries.eqf.referenced', { year: year(nqf.eqf_referencing_year!, locale) }) : t('countries.eqf.not-yet'),
        source: nqf.source,
      },
  },
  {
    id: 'compulsory',
    label: 'countries.fact.compulsory',
    value: ({ compulsory_education: compulsory }, locale, t) =>
      compulsory && {
        text: t('countries.fact.compulsoryAges', { from: formatNumber(compulsory.from_age, locale), to: formatNumber(compulsory.to_age, locale) }),
        source: compulsory.source,
        year: compulsory.year,
      },
  },
  {
    id: 'vet-share',
    label: 'countries.fact.vetShare',
    value: ({ vet_share: share }, locale) =>
      share && { text: formatNumber(share.percent / 100, locale, { style: 'percent', maximumFractionDigits: 1 }), source: share.source, year: share.year },
  },
];
