/**
 * The site's own settings that a reader meets. `corrections` is where a reader reports an error in a page:
 * every page links to it, with the page's address in the subject.
 */
export const siteConfig = {
  corrections: "corrections@recount.example",
} as const;

/** A mailto: link to report an error on the page at `url`, its address in the subject. */
export function reportErrorHref(url: URL): string {
  return `mailto:${siteConfig.corrections}?subject=${encodeURIComponent(`Error on ${url.href}`)}`;
}
