/** @module `/sitemap.xml`: every page, or an index of sitemaps when the site is large. */
import type { APIRoute } from 'astro';
import { sitemapResponse } from '../lib/sitemap-endpoint.ts';

export const GET: APIRoute = ({ url }) => sitemapResponse(url);
