/** @module `/feed.json`: the latest articles in full, as JSON Feed 1.1. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed-endpoint.ts';

export const GET: APIRoute = ({ url }) => feedResponse('json', url);
