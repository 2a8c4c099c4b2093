import type { Page } from "playwright-core";

/**
 * The pairs of text in the page's shown charts whose boxes intersect, as the browser lays them out: each
 * line of a text (its tspans) is a box of its own, and lines of one text are never compared with each
 * other. A pair is named by its chart, its two texts and how far they overlap, in CSS px.
 */
export function overprintedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("figure.chart svg.plot")) {
      if (svg.getBoundingClientRect().width === 0) continue; // a variant for another width, not displayed
      const boxes = [...svg.querySelectorAll("text")].flatMap((text, owner) => {
        const lines = text.querySelectorAll("tspan");
        return [...(lines.length ? lines : [text])]
          .filter((line) => line.textContent?.trim())
          .map((line) => ({ owner, text: line.textContent!, box: line.getBoundingClientRect() }));
      });
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          if (a.owner === b.owner) continue;
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          // Half a pixel either way is antialiasing, not overprinting.
          if (x > 0.5 && y > 0.5)
            found.push(
              `${svg.closest("figure")?.id} at ${svg.getAttribute("width")} px: "${a.text}" and "${b.text}" (${x.toFixed(1)} × ${y.toFixed(1)} px)`,
            );
        }
      }
    }
    return found;
  });
}

/** The texts of the page's shown charts that run past the left or right edge of the screen, where no one sees them. */
export function textOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const right = document.documentElement.clientWidth;
    return [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.plot")]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) =>
        [...svg.querySelectorAll("text")]
          .filter((text) => text.textContent?.trim())
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.left < -0.5 || box.right > right + 0.5;
          })
          .map((text) => `${svg.closest("figure")?.id} at ${svg.getAttribute("width")} px: "${text.textContent}"`),
      );
  });
}

/**
 * The arrows of the page's shown charts that pass through a text's box (a diagram's node, its name and
 * note): each arrow is followed along its path, point by point, 2 px apart.
 */
export function arrowsThroughText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("figure.chart svg.plot")) {
      if (svg.getBoundingClientRect().width === 0) continue;
      const texts = [...svg.querySelectorAll("text")].flatMap((text) => {
        const lines = text.querySelectorAll("tspan");
        return [...(lines.length ? lines : [text])]
          .filter((line) => line.textContent?.trim())
          .map((line) => ({ text: line.textContent!, box: line.getBoundingClientRect() }));
      });
      const arrows = svg.querySelectorAll<SVGPathElement>("g.plot-edge path");
      for (const [n, arrow] of arrows.entries()) {
        const matrix = arrow.getScreenCTM()!;
        const length = arrow.getTotalLength();
        const scale = Math.hypot(matrix.a, matrix.b);
        const crossed = new Set<string>();
        for (let at = 0; at <= length; at += 2 / scale) {
          const point = arrow.getPointAtLength(at).matrixTransform(matrix);
          for (const { text, box } of texts) {
            if (point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom)
              crossed.add(text);
          }
        }
        for (const text of crossed)
          found.push(
            `${svg.closest("figure")?.id} at ${svg.getAttribute("width")} px: arrow ${n + 1} through "${text}"`,
          );
      }
    }
    return found;
  });
}

/**
 * The page's tables whose content is hidden sideways: wider than what shows of them, where the box that
 * scrolls them does not keep the first column in view (sticky) and show a cue. Closed disclosures are not
 * looked at; open them first to include them.
 */
export function tablesHidingContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>("main table")) {
      const box = table.getBoundingClientRect();
      if (box.width === 0) continue; // not shown (a closed disclosure)
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && scroller.scrollWidth <= scroller.clientWidth + 1) scroller = scroller.parentElement;
      const hidden = box.right > viewport + 1 || (scroller !== null && scroller !== document.documentElement);
      if (!hidden) continue;
      const first = table.querySelector("tr > :first-child");
      const sticky = first !== null && getComputedStyle(first).position === "sticky";
      const cued = scroller !== null && getComputedStyle(scroller).backgroundImage.includes("gradient");
      if (sticky && cued) continue;
      const name = table.closest("[id]")?.id ?? table.querySelector("th")?.textContent?.trim() ?? "";
      found.push(`table in ${name} (${Math.round(box.width)} px wide in ${viewport})`);
    }
    return found;
  });
}
