/** `robots.txt`: everything may be crawled; points at the sitemap (site and base path included). */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/client/base.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
