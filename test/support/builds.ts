/**
 * The two builds the site's integration tests read: the real site at the root of its host, and the same
 * code under a sub-path, with two more sections (test/site/fixtures/) so that navigation between several
 * sections is exercised whatever the real content holds.
 */
export const builds = {
  dist: { label: "at the root", site: "https://recount.example", base: "/" },
  distUnderBase: { label: "under /recount/", site: "https://example.org", base: "/recount/" },
} as const;

export type BuildName = keyof typeof builds;

export const buildNames = Object.keys(builds) as BuildName[];
