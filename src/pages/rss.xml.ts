import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { siteDescription, siteName } from "#engine/findings/about.ts";
import { filingHref, filingsNewestFirst } from "#site/filing-pages.ts";
import { href } from "#site/url.ts";

/** The feed of filings, newest first: one item per filing, dated the day it was filed. */
export async function GET(context: APIContext) {
  const site = new URL(href("/"), context.site);
  const filings = await filingsNewestFirst();
  return rss({
    title: `${siteName}: filings`,
    description: siteDescription,
    site,
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>en-gb</language><atom:link href="${new URL(href("rss.xml"), site).href}" rel="self" type="application/rss+xml"/>`,
    items: filings.map(({ id, data }) => ({
      title: data.title,
      description: data.summary,
      link: new URL(filingHref(id), site).href,
      ...(data.filed && { pubDate: new Date(`${data.filed}T00:00:00Z`) }),
      categories: [data.issuer, `Form ${data.form}`],
    })),
  });
}
