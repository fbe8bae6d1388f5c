/**
 * @module
 * One helper alone: the rest of the core (and Zod) must be left out of the bundle.
 */
import { slugify } from '@dateline/model/core';

export const slug = slugify('Harbour ferry returns');
