import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getConceptMap } from '../../data/glossary.ts';
import { getGlossaryChanges } from '../../data/history.ts';
import { conceptLabel } from '../../lib/glossary/concept.ts';
import { commitUrl } from '../../lib/git/commit-url.ts';
import { routes, withBase } from '../../lib/routes.ts';

/** An Atom feed of glossary changes from Git: one entry per commit, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const concepts = await getConceptMap();
  const changes = getGlossaryChanges().slice(0, 100);
  const feed = new Feed({
    title: 'VET Commons glossary: changes',
    description: 'Changes to the concepts of the VET Commons glossary.',
    id: absolute(routes.glossaryChanges()),
    link: absolute(routes.glossary()),
    language: 'en',
    updated: changes[0] ? new Date(`${changes[0].date}T00:00:00Z`) : new Date(0),
    copyright: 'VET Commons partners',
    feedLinks: { atom: absolute(routes.glossaryChanges()) },
  });
  const repository = process.env.REPOSITORY_URL;
  for (const change of changes) {
    const changed = change.files.map((file) => file.replace(/\.yaml$/, '')).filter((slug) => concepts.has(slug));
    const names = changed.map((slug) => conceptLabel(concepts.get(slug)!, 'en').text);
    feed.addItem({
      title: change.subject,
      id: `urn:git:${change.hash}`,
      link: commitUrl(repository, change.hash) ?? absolute(changed[0] ? routes.concept(changed[0]) : routes.glossary()),
      date: new Date(`${change.date}T00:00:00Z`),
      description: names.length > 0 ? `Concepts changed: ${names.join(', ')}.` : 'Concepts removed or renamed.',
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
