// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { recount } from "./src/site/integration.ts";

export default defineConfig({
  site: process.env.RECOUNT_SITE ?? "https://recount.example",
  base: process.env.RECOUNT_BASE ?? "/",
  trailingSlash: "always",
  integrations: [recount(), mdx()],
});
