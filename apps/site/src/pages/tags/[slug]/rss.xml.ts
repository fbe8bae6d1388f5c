/** @module `/tags/{slug}/rss.xml`: the tag's latest articles in full, as RSS 2.0. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('rss', url, { kind: 'tags', slug: params.slug ?? '' });
