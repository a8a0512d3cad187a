import { defaultLocale, translatedLocales, type Locale } from '../../src/i18n/locales.ts';
import type { z } from 'astro/zod';
import { glossaryDomains, type glossaryDefaultLanguageSchema, type glossaryLanguageSchema } from '../../src/schemas/glossary.ts';

// Files as written, before the schemas fill in defaults.
type LanguageInput = z.input<typeof glossaryLanguageSchema>;
type EnglishInput = z.input<typeof glossaryDefaultLanguageSchema>;
type GlossaryFileInput = { en: EnglishInput } & Partial<Record<Exclude<Locale, 'en'>, LanguageInput>>;

/**
 * Synthetic glossary concepts for the benchmark: the real file format, terms
 * in all 16 languages, a definition in English and three other languages,
 * related and broader concepts. Deterministic: the same count gives the same
 * corpus, so runs on different days compare.
 */

const adjectives = ['regional', 'sectoral', 'modular', 'digital', 'dual', 'continuing', 'initial', 'higher', 'joint', 'national', 'european', 'local', 'adult', 'green', 'inclusive', 'flexible', 'transnational', 'technical', 'practical', 'formal', 'informal', 'non-formal', 'accredited', 'recognised', 'validated', 'certified', 'shared', 'short', 'long-term', 'blended'];
const qualifiers = ['training', 'learning', 'skills', 'mobility', 'assessment', 'guidance', 'qualification', 'apprenticeship', 'workplace', 'school', 'company', 'teacher', 'mentor', 'quality', 'funding', 'curriculum', 'competence', 'career', 'labour-market', 'recognition', 'placement', 'exchange', 'partnership', 'enrolment', 'examination', 'internship', 'induction', 'upskilling', 'reskilling', 'credit'];
const heads = ['agreement', 'plan', 'voucher', 'record', 'standard', 'framework', 'profile', 'unit', 'module', 'register', 'portfolio', 'contract', 'centre', 'council', 'scheme', 'pathway', 'statement', 'report', 'certificate', 'charter'];

const fillers = ['describes how', 'sets out the way in which', 'is the arrangement by which', 'names the process where', 'refers to the document in which'];
const objects = ['a provider', 'a host company', 'a sending school', 'a learner', 'an in-company trainer', 'a national authority', 'a sector council', 'a partnership'];
const actions = ['agrees on the learning outcomes of a stay abroad', 'records the units a learner has completed', 'assesses what was learned at the workplace', 'plans the tasks of a placement', 'recognises credit earned in another country', 'funds the travel and subsistence of participants', 'keeps the quality of training under review', 'prepares learners for an assessment'];

/** Letters typical of each language, so that terms exercise folding and sorting. */
const syllables: Record<Exclude<Locale, 'en'>, string[]> = {
  it: ['for', 'ma', 'zio', 'ne', 'pro', 'fes', 'sio', 'na', 'le', 'cer', 'ti', 'fi', 'ca', 'tò'],
  nl: ['be', 'roeps', 'op', 'lei', 'ding', 'ken', 'nis', 'sen', 'werk', 'plek', 'leer', 'ij', 'ee'],
  fi: ['am', 'ma', 'til', 'li', 'nen', 'kou', 'lu', 'tus', 'työ', 'pai', 'kka', 'ä', 'ö'],
  sl: ['po', 'klic', 'no', 'iz', 'obra', 'že', 'va', 'nje', 'uč', 'ni', 'šo', 'la'],
  hr: ['stru', 'kov', 'no', 'ob', 'ra', 'zo', 'va', 'nje', 'šk', 'ola', 'ću', 'đe'],
  cnr: ['stru', 'čno', 'os', 'po', 'so', 'blja', 'va', 'nje', 'šk', 'ola', 'ću', 'ž'],
  bs: ['stru', 'čno', 'ob', 'ra', 'zo', 'va', 'nje', 'uče', 'nik', 'šk', 'ola', 'ć'],
  sq: ['ar', 'sim', 'pro', 'fe', 'sio', 'nal', 'ë', 'ç', 'nx', 'ën', 'ës', 'it'],
  sv: ['yr', 'kes', 'ut', 'bild', 'ning', 'lär', 'ling', 'å', 'ö', 'ar', 'be', 'te'],
  da: ['er', 'hvervs', 'ud', 'dan', 'nel', 'se', 'lær', 'ling', 'ø', 'å', 'sko', 'le'],
  pl: ['kszta', 'łce', 'nie', 'za', 'wo', 'do', 'we', 'prak', 'ty', 'ka', 'ść', 'ż'],
  lt: ['pro', 'fe', 'si', 'nis', 'mo', 'ky', 'mas', 'ė', 'ų', 'š', 'kva', 'li'],
  de: ['be', 'ruf', 'li', 'che', 'aus', 'bil', 'dung', 'prü', 'fung', 'ß', 'ler', 'nen'],
  es: ['for', 'ma', 'ción', 'pro', 'fe', 'sio', 'nal', 'a', 'pren', 'diz', 'ñ', 'í'],
  ca: ['for', 'ma', 'ció', 'pro', 'fes', 'sio', 'nal', 'apre', 'nent', 'l·l', 'ç', 'à'],
};

/** A small, fast, seedable random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)];

/** The English term of concept `index`: a distinct word triple for up to 18,000 concepts. */
export function englishTerm(index: number): string {
  const combinations = adjectives.length * qualifiers.length * heads.length;
  if (index >= combinations) throw new Error(`the synthetic vocabulary makes at most ${combinations} concepts`);
  // A stride coprime with the number of combinations spreads neighbours apart.
  const spread = (index * 7919) % combinations;
  const head = heads[spread % heads.length];
  const qualifier = qualifiers[Math.floor(spread / heads.length) % qualifiers.length];
  const adjective = adjectives[Math.floor(spread / heads.length / qualifiers.length)];
  return `${adjective} ${qualifier} ${head}`;
}

/** The permanent id (file name) of concept `index`. */
export const syntheticSlug = (index: number) => englishTerm(index).replaceAll(' ', '-');

function word(next: () => number, locale: Exclude<Locale, 'en'>, syllableCount: number): string {
  return Array.from({ length: syllableCount }, () => pick(next, syllables[locale])).join('');
}

function sentence(next: () => number, locale: Exclude<Locale, 'en'>, words: number): string {
  const text = Array.from({ length: words }, () => word(next, locale, 1 + Math.floor(next() * 3))).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function englishDefinition(next: () => number, relatedTerm: string): string {
  return `${pick(next, ['A document', 'A procedure', 'An arrangement', 'An instrument'])} that ${pick(next, fillers)} ${pick(next, objects)} ${pick(next, actions)}. It is used together with the ${relatedTerm} and ${pick(next, actions).replace(/^\w+/, (verb) => `${verb.replace(/s$/, '')}s`)} when ${pick(next, objects)} asks for it.`;
}

/** The three translated languages that get a definition for concept `index`, rotating so every language gets its share. */
export function definedLanguages(index: number): Exclude<Locale, 'en'>[] {
  const others = translatedLocales as Exclude<Locale, 'en'>[];
  return [0, 5, 10].map((offset) => others[(index + offset) % others.length]);
}

/**
 * The data of synthetic concept `index` among `count`. Related concepts are
 * its neighbours in the corpus; every tenth concept is the broader concept
 * of the nine after it, so the hierarchy has no cycles.
 */
export function syntheticConcept(index: number, count: number): GlossaryFileInput {
  const next = random(index + 1);
  const term = englishTerm(index);
  const related = [...new Set([(index + 1) % count, (index + 17) % count].filter((other) => other !== index))];
  const broader = index % 10 === 0 ? [] : [Math.floor(index / 10) * 10];
  const translations = definedLanguages(index);
  const languageBlock = (locale: Exclude<Locale, 'en'>): LanguageInput => {
    const defined = translations.includes(locale);
    return {
      terms: [{ term: `${word(next, locale, 2 + Math.floor(next() * 3))} ${word(next, locale, 2 + Math.floor(next() * 2))}`, type: 'full-form', status: 'preferred' }],
      ...(defined ? { definition: sentence(next, locale, 24 + Math.floor(next() * 12)) } : {}),
      provenance: 'machine-assisted',
    };
  };
  const english: EnglishInput = {
    title: term,
    terms: [
      { term, type: 'full-form', status: 'preferred' },
      ...(index % 10 === 3 ? [{ term: term.split(/[ -]/).map((part) => part[0].toUpperCase()).join(''), type: 'abbreviation' as const, status: 'admitted' as const }] : []),
    ],
    definition: englishDefinition(next, englishTerm(related[0] ?? index)),
    definition_source: { title: 'VET Commons synthetic benchmark corpus', publisher: 'VET Commons', year: 2026 },
    provenance: 'authored',
    domains: [glossaryDomains[index % glossaryDomains.length]],
    related: related.map(syntheticSlug),
    ...(broader.length ? { broader: broader.map(syntheticSlug) } : {}),
    review_status: 'draft',
    last_reviewed: '2026-11-01',
  };
  return {
    [defaultLocale]: english,
    ...Object.fromEntries(translatedLocales.map((locale) => [locale, languageBlock(locale as Exclude<Locale, 'en'>)])),
  } as GlossaryFileInput;
}
