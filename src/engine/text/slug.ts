/**
 * An address segment that needs no escaping: lowercase letters and digits, joined by single hyphens.
 * Filing ids, page slugs and chart ids are slugs: each names a URL or a file the site publishes.
 */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
