/** @module `/news-sitemap.xml`: the Google News sitemap of the last two days. */
import type { APIRoute } from 'astro';
import { newsSitemapResponse } from '../lib/news-sitemap-endpoint.ts';

export const GET: APIRoute = ({ url }) => newsSitemapResponse(url);
