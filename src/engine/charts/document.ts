import { parseHTML } from "linkedom";

/**
 * The server-side DOM every chart is drawn in. One document serves every chart: Plot draws into
 * detached elements, and making a document per chart would cost more than drawing a small one.
 */
export const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
