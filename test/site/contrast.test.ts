import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";

const tokens = await readFile(join(projectRoot, "src/site/styles/tokens.css"), "utf8");

/** The custom properties one `:root { ... }` block of tokens.css sets. */
function properties(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]),
  );
}

const [light, dark] = [...tokens.matchAll(/:root\s*\{([^}]*)\}/g)].map((match) => properties(match[1]!));

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const statuses = ["exact", "rounding", "expected-discrepancy", "inconsistent", "not-verifiable"];
const charts = [1, 2, 3, 4, 5, 6].map((n) => `chart-${n}`);
const code = Object.keys(light!).filter((name) => name.startsWith("code-") && name !== "code-background");

describe.for([
  ["light", light!],
  ["dark", dark!],
] as const)("the %s colour scheme meets WCAG 2.2 AA", ([, scheme]) => {
  const expectContrast = (foreground: string, background: string, minimum: number) =>
    expect(contrast(scheme[foreground]!, scheme[background]!), `${foreground} on ${background}`).toBeGreaterThanOrEqual(
      minimum,
    );

  test("defines every token", () => {
    expect(Object.keys(scheme).sort()).toEqual(Object.keys(light!).sort());
  });

  test("text, muted text and links: 4.5:1 on the page and on surfaces", () => {
    for (const foreground of ["text", "muted", "link"])
      for (const background of ["background", "surface"]) expectContrast(foreground, background, 4.5);
  });

  test("form controls, focus rings and chart colours: 3:1 against the page (non-text contrast)", () => {
    for (const foreground of ["control", "focus", ...charts]) expectContrast(foreground, "background", 3);
  });

  test("status badges: 4.5:1 for their words on their own background", () => {
    for (const status of statuses) expectContrast(`badge-${status}`, `badge-${status}-background`, 4.5);
  });

  test("code: its text and every token colour 4.5:1 on the code background", () => {
    expect(code).toContain("code-text");
    for (const foreground of code) expectContrast(foreground, "code-background", 4.5);
  });
});

/** The declarations inside every `@media (prefers-color-scheme: dark)` block of `css`, as [property, value]. */
function darkDeclarations(css: string): [string, string][] {
  const declarations: [string, string][] = [];
  for (const match of css.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g)) {
    // The block runs to the brace that closes the media rule's own.
    let depth = 1;
    let end = match.index + match[0].length;
    for (; depth > 0; end++) depth += css[end] === "{" ? 1 : css[end] === "}" ? -1 : 0;
    const block = css.slice(match.index + match[0].length, end - 1).replace(/\/\*[\s\S]*?\*\//g, "");
    for (const [, property, value] of block.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g))
      declarations.push([property!, value!.trim()]);
  }
  return declarations;
}

// The browser suite checks the dark scheme with axe's colour rules only (test/browser/axe.ts): right only while
// that scheme sets colours and nothing that could show, hide or move anything.
test("the dark colour scheme sets colours and nothing else", async () => {
  const stylesheets = (await readdir(join(projectRoot, "src"), { recursive: true, encoding: "utf8" })).filter((file) =>
    /\.(css|astro)$/.test(file),
  );
  const declarations = (
    await Promise.all(
      stylesheets.map(async (file) => darkDeclarations(await readFile(join(projectRoot, "src", file), "utf8"))),
    )
  ).flat();
  expect(declarations.length).toBeGreaterThan(Object.keys(dark!).length);
  const colourProperty = /^(--[\w-]+|color|background-color|border(-[a-z]+)?-color|outline-color|fill|stroke)$/;
  const colourValue = /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch)a?\(.*\)|var\(--[\w-]+\)|transparent|currentcolor)$/i;
  expect(
    declarations.filter(([property, value]) => !colourProperty.test(property) || !colourValue.test(value)),
  ).toEqual([]);
});
