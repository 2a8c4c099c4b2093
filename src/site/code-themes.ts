/**
 * The Shiki themes the guide's snippets are shown in, light and dark; the stylesheet switches between them
 * with the colour scheme, and tokens.css gives cells' code (src/site/highlight.ts) the same themes' colours.
 * The high-contrast variants, because the plain GitHub themes' comments and constants fall short of WCAG AA
 * contrast (3.0–3.5:1) once a cell's code is open.
 */
export const codeThemes = { light: "github-light-high-contrast", dark: "github-dark-high-contrast" } as const;
