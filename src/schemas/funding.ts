import { z } from 'astro/zod';
import { sourceKey } from './source.ts';
import { optionalText, text } from './text.ts';

/**
 * How a project acknowledges its EU funding. The wording depends on the
 * programme and period, so it is project data, never hard-coded in a layout.
 */
export const fundingSchema = z.strictObject({
  /** The funding programme and period, e.g. `Interreg South Baltic 2007-2013`. */
  programme: text().meta({ title: 'Programme' }),
  /** The EU fund, where the programme names one, e.g. `European Regional Development Fund`. */
  fund: optionalText().meta({ title: 'Fund' }),
  /** Text shown beside the EU emblem, e.g. `Co-funded by the European Union`. */
  emblem_text: text().meta({ title: 'Text beside the EU emblem' }),
  /** The disclaimer the programme requires, if any. */
  disclaimer: optionalText().meta({ title: 'Disclaimer', widget: 'text' }),
  /** EU co-financing rate in percent, as on the record. */
  eu_rate_percent: z.number().min(0).max(100).optional().meta({ title: 'EU co-financing rate (%)' }),
  /** EU contribution in euro, as on the record. */
  eu_amount_eur: z.number().min(0).optional().meta({ title: 'EU contribution (EUR)' }),
  /** Source key for the figures and wording. */
  source: sourceKey(),
});

export type Funding = z.infer<typeof fundingSchema>;
