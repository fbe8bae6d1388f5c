/** @module `/sections/{slug}/atom.xml`: the section's latest articles in full, as Atom. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('atom', url, { kind: 'sections', slug: params.slug ?? '' });
