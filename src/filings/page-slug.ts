/** A page's address under its filing: its file name without `.mdx` and without the number that leads it. */
export function pageSlug(name: string): string {
  return name.replace(/\.mdx$/, "").replace(/^\d+-/, "");
}
