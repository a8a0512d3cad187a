/** EU law and programme rules that the mobility checklist rests on, each with its public text. */
export const legalSources = {
  freeMovement: {
    label: 'Directive 2004/38/EC (free movement of EU citizens)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32004L0038',
  },
  visaList: {
    label: 'Regulation (EU) 2018/1806 (visa list)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32018R1806',
  },
  schengenBordersCode: {
    label: 'Regulation (EU) 2016/399 (Schengen Borders Code), Article 6',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0399',
  },
  entryExitSystem: {
    label: 'Regulation (EU) 2017/2226 (Entry/Exit System)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32017R2226',
  },
  studentsDirective: {
    label: 'Directive (EU) 2016/801 (students, trainees, pupils), Articles 3, 7 and 12',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L0801',
  },
  socialSecurity: {
    label: 'Regulation (EC) No 883/2004 (coordination of social security)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32004R0883',
  },
  programmeGuide: {
    label: 'Erasmus+ Programme Guide 2025, insurance of participants',
    url: 'https://erasmus-plus.ec.europa.eu/programme-guide',
  },
  safetyFramework: {
    label: 'Council Directive 89/391/EEC (safety and health at work)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31989L0391',
  },
  youngWorkers: {
    label: 'Council Directive 94/33/EC (young people at work)',
    url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:31994L0033',
  },
} as const;

export type LegalSource = keyof typeof legalSources;
