/** @module `/rss.xml`: the latest articles in full, as RSS 2.0. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url }) => feedResponse('rss', url);
