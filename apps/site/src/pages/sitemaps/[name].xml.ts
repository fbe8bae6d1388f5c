/** @module `/sitemaps/pages.xml` and `/sitemaps/articles-YYYY-MM.xml`: the parts of the sitemap index. */
import type { APIRoute } from 'astro';
import { sitemapPartResponse } from '../../lib/sitemap-endpoint.ts';

export const GET: APIRoute = ({ url, params }) => sitemapPartResponse(params.name ?? '', url);
