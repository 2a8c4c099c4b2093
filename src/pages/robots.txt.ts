import type { APIContext } from "astro";
import { href } from "#site/url.ts";

/** Every page may be crawled; the sitemap lists them. */
export function GET(context: APIContext) {
  const sitemap = new URL(href("sitemap-index.xml"), context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
}
