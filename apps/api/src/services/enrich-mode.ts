/**
 * @module
 * The `ENRICH` setting on its own, without the model's entity finder behind it, so that reading
 * the configuration does not load what only enriching needs (see services/enrichment.ts).
 */
import { z } from 'zod';

/** The values of `ENRICH`. */
const ENRICH_MODES = ['on', 'inline', 'off'] as const;
export type EnrichMode = (typeof ENRICH_MODES)[number];

/**
 * The `ENRICH` variable, checked with the rest of the configuration so a typo stops the program
 * at start-up; the services read it with `enrichMode`.
 */
export const ENRICH_ENV = {
  ENRICH: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum([...ENRICH_MODES, '0', 'false', 'no'], { error: 'must be on, inline or off' }))
    .optional(),
};

/**
 * The enrichment mode in `env`: `ENRICH=on|inline|off` (also `0`, `false`, `no` for off), `on` when unset.
 *
 * @example
 * enrichMode({ ENRICH: 'off' }); // 'off'
 */
export function enrichMode(env: Record<string, string | undefined> = process.env): EnrichMode {
  const value = (env.ENRICH ?? '').trim().toLowerCase();
  if (['off', '0', 'false', 'no'].includes(value)) return 'off';
  return value === 'inline' ? 'inline' : 'on';
}
