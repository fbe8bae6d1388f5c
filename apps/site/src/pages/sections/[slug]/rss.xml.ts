/** @module `/sections/{slug}/rss.xml`: the section's latest articles in full, as RSS 2.0. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => feedResponse('rss', url, { kind: 'sections', slug: params.slug ?? '' });
