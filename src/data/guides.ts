import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, isOverdue, reviewDueDate } from '../lib/review.ts';

export type GuideEntry = CollectionEntry<'guides'>;
export type TopicEntry = CollectionEntry<'guide-topics'>;

/** Guide topics in the hub's order. */
export async function getGuideTopics(): Promise<TopicEntry[]> {
  return (await getCollection('guide-topics')).sort((a, b) => a.data.order - b.data.order);
}

/** Where a guide stands in its review cycle on the build day. */
export interface GuideReview {
  intervalMonths: number;
  dueDate: string;
  overdue: boolean;
}

export function guideReview(guide: GuideEntry, topic: TopicEntry, today = buildDate()): GuideReview {
  const intervalMonths = guide.data.review_interval_months ?? topic.data.review_interval_months;
  return { intervalMonths, dueDate: reviewDueDate(guide.data.last_reviewed, intervalMonths), overdue: isOverdue(guide.data.last_reviewed, intervalMonths, today) };
}

/** Guides past their review date on the build day, the longest overdue first. */
export async function guidesDueForReview(): Promise<Array<{ guide: GuideEntry; review: GuideReview }>> {
  const topics = new Map((await getGuideTopics()).map((topic) => [topic.id, topic]));
  return (await getCollection('guides'))
    .map((guide) => ({ guide, review: guideReview(guide, topics.get(guide.data.topic)!) }))
    .filter(({ review }) => review.overdue)
    .sort((a, b) => a.review.dueDate.localeCompare(b.review.dueDate));
}
