/** A site-internal URL that honours the configured `base`, so the site also works under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}/${path.replace(/^\//, "")}`;
}

/** A page's absolute URL on the configured `site`, as canonical links, feeds and structured data name it. */
export function pageUrl({ url, site }: { url: URL; site: URL | undefined }): URL {
  return new URL(url.pathname, site ?? url);
}
