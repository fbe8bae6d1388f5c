/** @module `/robots.txt`: crawling allowed, and where the sitemaps are. */
import type { APIRoute } from 'astro';
import { robotsResponse } from '../lib/news-sitemap-endpoint.ts';

export const GET: APIRoute = ({ url }) => robotsResponse(url);
