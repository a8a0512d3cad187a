import { z } from 'astro/zod';

/** A required line of text: trimmed, never empty. */
export function text() {
  return z.string().trim().min(1, 'must not be empty');
}

/**
 * Optional text. The CMS writes an empty string for a field that was touched
 * and cleared, so an empty value means "absent", never an error.
 */
export function optionalText() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined));
}

/** An absolute http(s) address. */
export function url() {
  return z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' });
}

/** A lower-case id made of letters, digits and single hyphens, as used in URLs. */
export function slug() {
  return z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens');
}
