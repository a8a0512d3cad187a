import { z } from 'astro/zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * A country as a lower-case ISO 3166-1 alpha-2 code, with `xk` for Kosovo (the
 * user-assigned code the EU and CLDR use). For countries outside the partnership;
 * partner countries are referenced with `reference('countries')`.
 */
export function countryCode() {
  return z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter lower-case country code')
    .refine((code) => regionNames.of(code.toUpperCase()) !== undefined, 'is not an ISO 3166-1 country code');
}
