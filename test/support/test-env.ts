/**
 * What every test runs with: the page cache off (src/engine/verify/page-cache.ts), so that no test passes or
 * fails on what an earlier test, build or run left in a cache, and a fresh CI clone writes no entry that no
 * test reads. The tests of the cache (test/verify/page-cache.slow.test.ts) turn it on, each project with a
 * cache folder of its own.
 */
export const testEnv = { RECOUNT_CACHE: "off" } as const;
