import { z } from 'astro/zod';

/**
 * A calendar date, stored as `YYYY-MM-DD`. YAML parsers differ on whether an
 * unquoted date is a string or a Date, so both are accepted and normalised to
 * the string form, which sorts and compares without time-zone surprises.
 */
export function isoDate() {
  return z
    .union([
      z.date().transform((date) => date.toISOString().slice(0, 10)),
      z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    ])
    .meta({ widget: 'date' });
}
