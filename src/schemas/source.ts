import { z } from 'astro/zod';
import { optionalText, slug, text, url } from './text.ts';

/** A published source a fact or definition rests on. */
export const sourceSchema = z.strictObject({
  /** Title of the document, page or dataset. */
  title: text().meta({ title: 'Title' }),
  /** Who published it (an institution, or the authors). */
  publisher: text().meta({ title: 'Publisher' }),
  /** Year of publication (or of the version consulted). */
  year: z.int().min(1900).max(2100).meta({ title: 'Year' }),
  /** Public address of the source, where there is one. */
  url: url().optional().meta({ title: 'Address (URL)' }),
});

export type Source = z.infer<typeof sourceSchema>;

/**
 * A source with a short key, listed once per entry so that each fact can cite
 * it by key instead of repeating it.
 */
export const keyedSourceSchema = z.strictObject({
  /** Short key that facts in this entry cite, e.g. `cedefop-2023`. */
  key: slug().meta({ title: 'Key', description: 'A short name that facts on this page use to cite the source, e.g. cedefop-2023.' }),
  ...sourceSchema.shape,
  /** What the source was used for, when that is not obvious. */
  note: optionalText().meta({ title: 'Note' }),
});

export type KeyedSource = z.infer<typeof keyedSourceSchema>;

/** The key of a source listed in the same entry's `sources`. */
export function sourceKey() {
  return slug().meta({ citesSource: true, title: 'Source', description: 'The key of one of the sources listed at the end of this entry.' });
}
