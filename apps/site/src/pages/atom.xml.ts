/** @module `/atom.xml`: the latest articles in full, as Atom. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url }) => feedResponse('atom', url);
