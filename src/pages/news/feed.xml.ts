import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { Feed } from 'feed';
import { routes, withBase } from '../../lib/routes.ts';

/** RSS 2.0 feed of the news, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const news = (await getCollection('news')).sort((a, b) => b.data.date.localeCompare(a.data.date));
  const feed = new Feed({
    title: 'VET Commons news',
    description: 'News from the projects of the VET Commons partnership.',
    id: absolute(routes.news()),
    link: absolute(routes.news()),
    language: 'en',
    updated: news[0] ? new Date(`${news[0].data.date}T00:00:00Z`) : new Date(0),
    copyright: 'VET Commons partners',
    feedLinks: { rss: absolute(routes.newsFeed()) },
  });
  for (const item of news) {
    feed.addItem({
      title: item.data.title,
      id: absolute(routes.newsItem(item.id)),
      link: absolute(routes.newsItem(item.id)),
      date: new Date(`${item.data.date}T00:00:00Z`),
      description: item.data.summary,
    });
  }
  return new Response(feed.rss2(), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
