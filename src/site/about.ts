export const siteName = "Recount";

/** What Recount is, in two sentences: the home page, the feed and search engines all say it this way. */
export const siteDescription =
  "Recount explains company filings section by section, and links every figure to the sentence it comes from. " +
  "Every calculation is checked against the filing's own numbers, allowing for rounding, before a page is published.";
