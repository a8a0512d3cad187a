import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { languageOf, type Concept } from './concept.ts';

/** How far one language has come: counts and the concepts still missing. */
export interface LanguageStatus {
  locale: Locale;
  withTerm: number;
  withDefinition: number;
  machineAssisted: number;
  missingTerm: string[];
  missingDefinition: string[];
}

/** Translation status of every language, in locale order. */
export function translationStatus(concepts: Concept[]): LanguageStatus[] {
  return localeCodes.map((locale) => {
    const status: LanguageStatus = { locale, withTerm: 0, withDefinition: 0, machineAssisted: 0, missingTerm: [], missingDefinition: [] };
    for (const concept of concepts) {
      const language = languageOf(concept, locale);
      if (language) status.withTerm++;
      else status.missingTerm.push(concept.slug);
      if (language?.definition) status.withDefinition++;
      else status.missingDefinition.push(concept.slug);
      if (language?.provenance === 'machine-assisted') status.machineAssisted++;
    }
    return status;
  });
}
