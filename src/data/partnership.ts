import type { CollectionEntry } from 'astro:content';
import { getEntries } from './entries.ts';

/** A project's partner organisations, lead first, then by name. */
export async function partnersOf(project: string): Promise<Array<{ organisation: CollectionEntry<'organisations'>; role: 'lead' | 'partner' }>> {
  const organisations = await getEntries('organisations');
  return organisations
    .flatMap((organisation) => {
      const membership = organisation.data.projects.find((entry) => entry.project === project);
      return membership ? [{ organisation, role: membership.role }] : [];
    })
    .sort((a, b) => (a.role === b.role ? a.organisation.data.name.localeCompare(b.organisation.data.name) : a.role === 'lead' ? -1 : 1));
}

/** Twinnings of a project, or those an organisation belongs to. */
export async function twinningsOf(filter: { project?: string; organisation?: string }): Promise<CollectionEntry<'twinnings'>[]> {
  const twinnings = await getEntries('twinnings');
  return twinnings
    .filter((twinning) => (!filter.project || twinning.data.project === filter.project) && (!filter.organisation || twinning.data.organisations.includes(filter.organisation)))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Partner organisations in a country, by name. */
export async function organisationsIn(country: string): Promise<CollectionEntry<'organisations'>[]> {
  return (await getEntries('organisations')).filter((organisation) => organisation.data.country === country).sort((a, b) => a.data.name.localeCompare(b.data.name));
}
