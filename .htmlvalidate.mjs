// html-validate's settings for the built site (test/static/html.slow.test.ts, or `npx html-validate dist`).
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Inline styles stay errors except for three generators' own, which carry no layout of ours:
    // Observable Plot's `max-width:100%;height:auto` (charts shrink with the page) and `font-variant` (moved
    // out of an invalid attribute), and Shiki's per-token colours for light and dark code, as custom
    // properties the stylesheet picks between, plus `overflow-x` on its <pre>.
    "no-inline-style": [
      "error",
      {
        allowedProperties: [
          "display",
          "max-width",
          "height",
          "font-variant",
          "overflow-x",
          "--shiki-light",
          "--shiki-dark",
          "--shiki-light-bg",
          "--shiki-dark-bg",
        ],
      },
    ],
    // Fact and check permalinks use their ids, which contain dots (`#fact-provisions.net.2022`): valid HTML,
    // which allows any id without spaces; the strict form of the rule also bans dots.
    "valid-id": ["error", { relaxed: true }],
  },
};
