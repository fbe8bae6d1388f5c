/** @module `/authors/{slug}/atom.xml`: the author's latest articles in full, as Atom. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('atom', url, { kind: 'authors', slug: params.slug ?? '' });
