import type { FilingMetadata } from "#engine/filings/metadata.ts";
import { siteDescription, siteName } from "#engine/findings/about.ts";
import { href } from "./url.ts";

/** Schema.org data for search engines, as a page embeds it in `<script type="application/ld+json">`. */
export type StructuredData = Record<string, unknown>;

/** The site itself, for the home page. */
export function website(url: URL): StructuredData {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: siteName,
    description: siteDescription,
    url: url.href,
  };
}

/** A page that explains something: a filing's pages, the methodology. `about` is the filing it explains. */
export function article({
  headline,
  description,
  url,
  about,
  dates,
}: {
  headline: string;
  description: string;
  url: URL;
  about?: FilingMetadata | undefined;
  dates?: { published: string | undefined; changed: string | undefined } | undefined;
}): StructuredData {
  const home = new URL(href("/"), url);
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline,
    description,
    url: url.href,
    isPartOf: { "@type": "WebSite", name: siteName, url: home.href },
    publisher: { "@type": "Organization", name: siteName, url: home.href },
    ...(dates?.published && { datePublished: dates.published }),
    ...(dates?.changed && { dateModified: dates.changed }),
    ...(about && { about: filing(about) }),
  };
}

/** A filing as the document it is: who filed it, when, and where the original is. */
function filing({ form, title, issuer, tickers, filed, source }: FilingMetadata): StructuredData {
  return {
    "@type": "DigitalDocument",
    name: `Form ${form}: ${title}`,
    dateCreated: filed,
    author: { "@type": "Corporation", name: issuer, tickerSymbol: tickers[0] },
    ...(source && { url: source }),
  };
}

/** Data a page offers for download: its name, what it holds, and each file with its media type. */
export interface Dataset {
  readonly name: string;
  readonly description: string;
  readonly downloads: readonly { readonly href: string; readonly format: string }[];
}

/** A filing's facts and checks as downloadable data, beside the article that explains the filing. */
export function withDataset(
  page: StructuredData,
  { name, description, url, downloads }: Dataset & { url: URL },
): StructuredData {
  const { "@context": context, ...article } = page;
  const dataset = {
    "@type": "Dataset",
    name,
    description,
    url: url.href,
    isAccessibleForFree: true,
    distribution: downloads.map(({ href: download, format }) => ({
      "@type": "DataDownload",
      encodingFormat: format,
      contentUrl: new URL(download, url).href,
    })),
  };
  return { "@context": context, "@graph": [article, dataset] };
}
