/** @module `/tags/{slug}/feed.json`: the tag's latest articles in full, as JSON Feed 1.1. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('json', url, { kind: 'tags', slug: params.slug ?? '' });
