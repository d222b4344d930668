import type { Page } from 'playwright-core';

/**
 * The dates (`2027-04-15`), figures with their unit (`613 Gbps`, `60
 * days`) and asks in ports (`+2 × 100 Gbps`) under
 * `selector` that the page draws across two lines, as a reader sees
 * them: `2027-04-` at the end of one line and `15` on the next.
 *
 * @param page - the page, loaded
 * @param selector - where to look, e.g. `#action-table`
 * @returns each broken text, e.g. `['2027-04-15']`
 * @example
 * expect(await brokenFigures(page, 'table')).toEqual([]);
 */
export function brokenFigures(page: Page, selector: string) {
  return page.$$eval(selector, (roots) => {
    const broken: string[] = [];
    const pattern =
      /\+?\d+ × [\d.,]+ [GTMk]bps|\d{4}-\d{2}-\d{2}|\d[\d.,]* (?:[GTMk]bps|days?\b)/g;
    for (const root of roots) {
      const doc = root.ownerDocument;
      // 4: NodeFilter.SHOW_TEXT (no DOM types in this project's tsconfig).
      const walker = doc.createTreeWalker(root, 4);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const data = n.textContent ?? '';
        for (const m of data.matchAll(pattern)) {
          const range = doc.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set(
            [...range.getClientRects()].map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });
}
