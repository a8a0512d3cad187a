import { z } from 'astro/zod';
import { entrySchema } from './entry.ts';
import { isoDate } from './date.ts';
import { keyedSourceSchema, sourceKey } from './source.ts';
import { optionalText, text, url } from './text.ts';

/** The country's relation to the European Union. */
export const euStatuses = ['member', 'candidate', 'potential-candidate', 'none'] as const;
/** Whether the country applies the Schengen rules in full. */
export const schengenStatuses = ['member', 'not-member'] as const;
/** The country's place in Erasmus+ 2021-2027. */
export const erasmusStatuses = ['eu-member-state', 'associated-third-country', 'non-associated-third-country'] as const;
/** Whether the national qualifications framework is referenced to the EQF. */
export const eqfReferencingStatuses = ['referenced', 'not-yet'] as const;

/**
 * A country VET-system analysis, `content/countries/<code>.md`, where `<code>`
 * is the lower-case ISO 3166-1 alpha-2 code (`xk` for Kosovo). Structured
 * facts sit in the frontmatter, each citing a source key from `sources`; the
 * analysis itself is the Markdown body. A fact nobody has sourced yet is left
 * out and the site shows it as not yet documented.
 */
export const countrySchema = entrySchema({
  /** The country's short English name. */
  name: text().meta({ title: 'Name (English)' }),
  /** One paragraph on what is distinctive about the country's VET. */
  summary: text().meta({ title: 'Summary', widget: 'text' }),
  /** Membership of the European Union. */
  eu: z
    .strictObject({
      /** Member, candidate, potential candidate or none. */
      status: z.enum(euStatuses).meta({ title: 'Status' }),
      /** Year of accession or of candidate status. */
      since: z.int().min(1950).max(2100).optional().meta({ title: 'Since (year)' }),
      /** Source key. */
      source: sourceKey(),
    })
    .meta({ title: 'European Union' }),
  /** Membership of the Schengen area. */
  schengen: z
    .strictObject({
      /** Member or not. */
      status: z.enum(schengenStatuses).meta({ title: 'Status' }),
      /** Date from which it applies the Schengen rules in full. */
      since: isoDate().optional().meta({ title: 'Since' }),
      /** Source key. */
      source: sourceKey(),
    })
    .meta({ title: 'Schengen area' }),
  /** Place in Erasmus+ 2021-2027. */
  erasmus: z
    .strictObject({
      /** EU Member State, associated or non-associated third country. */
      status: z.enum(erasmusStatuses).meta({ title: 'Status' }),
      /** Source key. */
      source: sourceKey(),
    })
    .meta({ title: 'Erasmus+' }),
  /**
   * Short-stay visa exemption of this country's citizens for the Schengen area,
   * for countries outside the EU.
   */
  schengen_visa_free: z
    .strictObject({
      /** First day of visa-free travel. */
      since: isoDate().meta({ title: 'Since' }),
      /** What the traveller needs, e.g. a biometric passport. */
      condition: optionalText().meta({ title: 'Condition' }),
      /** Source key. */
      source: sourceKey(),
    })
    .optional()
    .meta({ title: 'Visa-free travel to the Schengen area (non-EU countries)' }),
  /** Official languages, as English language names. */
  official_languages: z
    .strictObject({
      /** Language names, e.g. `Finnish`. */
      names: z.array(text()).min(1).meta({ title: 'Languages' }),
      /** Source key. */
      source: sourceKey(),
    })
    .optional()
    .meta({ title: 'Official languages' }),
  /** The national qualifications framework. */
  nqf: z
    .strictObject({
      /** Its name, in English, with the national abbreviation. */
      name: text().meta({ title: 'Name' }),
      /** Number of levels. */
      levels: z.int().min(1).max(20).optional().meta({ title: 'Levels' }),
      /** Referenced to the EQF or not yet. */
      eqf_referencing: z.enum(eqfReferencingStatuses).meta({ title: 'EQF referencing' }),
      /** Year the referencing to the EQF was first presented. */
      eqf_referencing_year: z.int().min(2008).max(2100).optional().meta({ title: 'EQF referencing year' }),
      /** Source key. */
      source: sourceKey(),
    })
    .refine((nqf) => nqf.eqf_referencing !== 'referenced' || nqf.eqf_referencing_year !== undefined, {
      message: 'a referenced framework needs eqf_referencing_year',
      path: ['eqf_referencing_year'],
    })
    .optional()
    .meta({ title: 'National qualifications framework' }),
  /** Ages of compulsory education or training. */
  compulsory_education: z
    .strictObject({
      /** Age at which it starts. */
      from_age: z.int().min(3).max(10).meta({ title: 'From age' }),
      /** Age at which it ends. */
      to_age: z.int().min(12).max(21).meta({ title: 'To age' }),
      /** Year the figures describe. */
      year: z.int().min(2000).max(2100).meta({ title: 'Reference year' }),
      /** Source key. */
      source: sourceKey(),
    })
    .optional()
    .meta({ title: 'Compulsory education' }),
  /** Share of upper-secondary learners in vocational programmes. */
  vet_share: z
    .strictObject({
      /** Percentage, e.g. 52.4. */
      percent: z.number().min(0).max(100).meta({ title: 'Percent' }),
      /** Year the figure describes. */
      year: z.int().min(2000).max(2100).meta({ title: 'Reference year' }),
      /** Source key. */
      source: sourceKey(),
    })
    .optional()
    .meta({ title: 'VET share of upper-secondary learners' }),
  /** Bodies that govern or shape VET. */
  key_bodies: z
    .array(
      z.strictObject({
        /** Name in English, with the national name or abbreviation. */
        name: text().meta({ title: 'Name' }),
        /** What it does for VET. */
        role: text().meta({ title: 'Role' }),
        /** Its website. */
        url: url().optional().meta({ title: 'Website' }),
        /** Source key. */
        source: sourceKey(),
      }),
    )
    .optional()
    .meta({ title: 'Key bodies' }),
  /** The year the analysis as a whole describes. */
  reference_year: z.int().min(2000).max(2100).meta({ title: 'Reference year' }),
  /** When the analysis was last checked. */
  last_reviewed: isoDate().meta({ title: 'Last reviewed' }),
  /** Who wrote the analysis. */
  authors: z.array(text()).min(1).meta({ title: 'Authors' }),
  /** Every source the analysis cites. */
  sources: z.array(keyedSourceSchema).min(1, 'needs at least one source').meta({ title: 'Sources' }),
});

export type Country = z.infer<typeof countrySchema>;
