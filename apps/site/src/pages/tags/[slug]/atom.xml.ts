/** @module `/tags/{slug}/atom.xml`: the tag's latest articles in full, as Atom. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('atom', url, { kind: 'tags', slug: params.slug ?? '' });
