/**
 * The two builds the site's integration tests read: the real site at the root of its host, and the same
 * code under a sub-path, with two more sections (test/site/fixtures/) so that navigation between several
 * sections is exercised whatever the real content holds, and markup in a filing's metadata (markup.ts), so
 * that every test of that build reads pages made from hostile text.
 */
export const builds = {
  dist: { label: "at the root", site: "https://recount.example", base: "/" },
  distUnderBase: { label: "under /recount/", site: "https://example.org", base: "/recount/" },
} as const;

export type BuildName = keyof typeof builds;

export const buildNames = Object.keys(builds) as BuildName[];
