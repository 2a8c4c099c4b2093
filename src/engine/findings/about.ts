export const siteName = "Recount";

/** What Recount is, in two sentences that claim only what the build does: the home page, the feed and search engines all say it this way. */
export const siteDescription =
  "Recount explains company filings section by section, and links every figure to the sentence it comes from. " +
  "Where a filing prints a figure that a calculation can be checked against, the check is made, allowing for rounding, before a page is published; other figures are labelled computed, illustrative or not verifiable.";
