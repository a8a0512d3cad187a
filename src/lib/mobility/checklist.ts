import type { Country } from '../../schemas/country.ts';
import type { LegalSource } from './legal-sources.ts';

/** A partner country as the checklist needs it. */
export interface RouteCountry {
  code: string;
  data: Country;
}

/** A variant of the mobility the reader can choose. */
export type AgeGroup = 'minor' | 'adult';
export type StayLength = 'short' | 'long';

/** Limits an item to some variants; an item without conditions always applies. */
export interface ItemCondition {
  age?: AgeGroup;
  length?: StayLength;
}

/** Where an item points the reader for details. */
export type ItemLink =
  | { kind: 'guide'; topic: string; country: string }
  | { kind: 'concept'; slug: string }
  | { kind: 'country-source'; country: string; source: string };

/**
 * One line of the checklist. `text` is the key of a UI string and `values`
 * fill its placeholders, so the checklist reads in every partner language.
 */
export interface ChecklistItem {
  id: string;
  text: string;
  values?: Record<string, string>;
  only?: ItemCondition;
  law?: LegalSource[];
  links?: ItemLink[];
}

export type ChecklistSection = 'entry' | 'insurance' | 'safety' | 'documents';

export type Checklist = Record<ChecklistSection, ChecklistItem[]>;

const isEuMember = (country: RouteCountry) => country.data.eu.status === 'member';
const isSchengen = (country: RouteCountry) => country.data.schengen.status === 'member';

/**
 * Entry and residence for a citizen of `home` going to `host`. The rules
 * follow from the countries' facts (EU and Schengen membership, visa
 * exemption and its date) and from EU law; what depends on national law the
 * site has not documented says so and points to the host's guide.
 */
export function entryItems(home: RouteCountry, host: RouteCountry): ChecklistItem[] {
  const guide: ItemLink = { kind: 'guide', topic: 'entry-residence', country: host.code };
  if (isEuMember(home) && isEuMember(host)) {
    return [
      { id: 'eu-free-movement', text: 'checklist.entry.euFreeMovement', law: ['freeMovement'], links: [guide] },
      { id: 'eu-registration', text: 'checklist.entry.euRegistration', only: { length: 'long' }, law: ['freeMovement'], links: [guide] },
    ];
  }
  if (!isEuMember(home) && isSchengen(host)) {
    const visaFree = home.data.schengen_visa_free;
    return [
      visaFree
        ? {
            id: 'visa-free-short-stay',
            text: 'checklist.entry.visaFree',
            values: { since: visaFree.since },
            law: ['visaList', 'schengenBordersCode'],
            links: [{ kind: 'country-source', country: home.code, source: visaFree.source }, { kind: 'concept', slug: 'short-stay' }],
          }
        : { id: 'visa-status-unknown', text: 'checklist.entry.visaUnknown', links: [guide] },
      { id: 'rolling-window', text: 'checklist.entry.rollingWindow', only: { length: 'short' }, law: ['schengenBordersCode'] },
      { id: 'no-work-right', text: 'checklist.entry.noWorkRight', links: [guide] },
      { id: 'entry-exit-system', text: 'checklist.entry.entryExitSystem', law: ['entryExitSystem'], links: [{ kind: 'concept', slug: 'entry-exit-system' }] },
      { id: 'long-stay-permit', text: 'checklist.entry.longStayPermit', only: { length: 'long' }, law: ['studentsDirective'], links: [guide, { kind: 'concept', slug: 'residence-permit' }] },
      { id: 'pupil-not-trainee', text: 'checklist.entry.pupilNotTrainee', only: { length: 'long' }, law: ['studentsDirective'], links: [{ kind: 'concept', slug: 'pupil' }] },
      { id: 'minor-authorisation', text: 'checklist.entry.minorAuthorisation', only: { age: 'minor', length: 'long' }, law: ['studentsDirective'], links: [{ kind: 'concept', slug: 'parental-consent' }] },
    ];
  }
  return [{ id: 'national-rules', text: 'checklist.entry.nationalRules', links: [guide] }];
}

/** Health and other insurance. */
export function insuranceItems(home: RouteCountry, host: RouteCountry): ChecklistItem[] {
  const guide: ItemLink = { kind: 'guide', topic: 'insurance', country: host.code };
  const ehic: ItemLink = { kind: 'concept', slug: 'european-health-insurance-card' };
  const health: ChecklistItem = !isEuMember(home)
    ? { id: 'ehic-not-insured-in-eu', text: 'checklist.insurance.notInsuredInEu', law: ['socialSecurity'], links: [ehic, guide] }
    : !isEuMember(host)
      ? { id: 'ehic-not-valid-in-host', text: 'checklist.insurance.ehicNotValid', law: ['socialSecurity'], links: [ehic, guide] }
      : { id: 'ehic-applies', text: 'checklist.insurance.ehicApplies', law: ['socialSecurity'], links: [ehic, guide] };
  return [
    health,
    {
      id: 'erasmus-insurance',
      text: 'checklist.insurance.erasmus',
      law: ['programmeGuide'],
      links: [{ kind: 'concept', slug: 'third-party-liability-insurance' }, { kind: 'concept', slug: 'accident-insurance' }],
    },
  ];
}

/** Safety at work at the host. */
export function safetyItems(host: RouteCountry): ChecklistItem[] {
  const guide: ItemLink = { kind: 'guide', topic: 'safety-at-work', country: host.code };
  if (isEuMember(host)) {
    return [
      { id: 'risk-assessment', text: 'checklist.safety.euFramework', law: ['safetyFramework'], links: [{ kind: 'concept', slug: 'risk-assessment' }, guide] },
      { id: 'safety-induction', text: 'checklist.safety.induction', law: ['safetyFramework'], links: [{ kind: 'concept', slug: 'safety-induction' }] },
      { id: 'young-workers', text: 'checklist.safety.youngWorkers', only: { age: 'minor' }, law: ['youngWorkers'], links: [{ kind: 'concept', slug: 'young-person' }, guide] },
    ];
  }
  return [
    { id: 'national-safety-law', text: 'checklist.safety.nationalLaw', links: [guide] },
    { id: 'safety-induction', text: 'checklist.safety.induction', links: [{ kind: 'concept', slug: 'safety-induction' }] },
    { id: 'young-workers-national', text: 'checklist.safety.youngWorkersNational', only: { age: 'minor' }, links: [guide] },
  ];
}

/** Documents to carry or sign. */
export function documentItems(home: RouteCountry, host: RouteCountry): ChecklistItem[] {
  const items: ChecklistItem[] = [
    isEuMember(home) && isEuMember(host)
      ? { id: 'id-document', text: 'checklist.documents.passportOrId' }
      : { id: 'passport', text: 'checklist.documents.passport' },
    { id: 'learning-agreement', text: 'checklist.documents.learningAgreement', links: [{ kind: 'concept', slug: 'learning-agreement' }] },
    { id: 'europass-mobility', text: 'checklist.documents.europassMobility', links: [{ kind: 'concept', slug: 'europass-mobility' }] },
    { id: 'insurance-proof', text: 'checklist.documents.insuranceProof', links: [{ kind: 'guide', topic: 'insurance', country: host.code }] },
  ];
  if (isEuMember(home) && isEuMember(host)) items.push({ id: 'ehic-card', text: 'checklist.documents.ehic', links: [{ kind: 'concept', slug: 'european-health-insurance-card' }] });
  if (!isEuMember(home) && isSchengen(host)) {
    items.push({ id: 'residence-permit', text: 'checklist.documents.residencePermit', only: { length: 'long' }, links: [{ kind: 'concept', slug: 'residence-permit' }] });
  }
  items.push({ id: 'parental-consent', text: 'checklist.documents.parentalConsent', only: { age: 'minor' }, links: [{ kind: 'concept', slug: 'parental-consent' }] });
  return items;
}

/** The whole checklist for a citizen of `home` going to `host`. */
export function buildChecklist(home: RouteCountry, host: RouteCountry): Checklist {
  if (home.code === host.code) throw new Error(`a mobility needs two different countries, got ${home.code} twice`);
  return {
    entry: entryItems(home, host),
    insurance: insuranceItems(home, host),
    safety: safetyItems(host),
    documents: documentItems(home, host),
  };
}

/** Whether an item applies to a chosen variant. */
export function appliesTo(item: ChecklistItem, variant: { age: AgeGroup; length: StayLength }): boolean {
  return (!item.only?.age || item.only.age === variant.age) && (!item.only?.length || item.only.length === variant.length);
}
