import { sharedReport } from "../verify/shared-report.ts";
import { verify, type Report } from "../verify/verify.ts";

let built: Promise<Report> | undefined;

/**
 * The verification report the pages publish (ledger, source page, downloads). A build takes the one its
 * gate made; `astro dev` computes it afresh for each page so that it follows the editor's changes.
 */
export function siteReport(): Promise<Report> {
  if (import.meta.env.DEV) return verify();
  built ??= Promise.resolve(sharedReport() ?? verify());
  return built;
}
