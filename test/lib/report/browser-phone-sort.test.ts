import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../helpers/report-browser.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

const { dir, page } = useReportBrowser();

/** The ISP named on each of the action table's cards, in order. */
const isps = () =>
  page().$$eval('#action-table tbody tr:not([hidden]) th', (c) =>
    c.map((x) => x.textContent!.trim()),
  );

describe("the tables' sort on a phone, where rows are cards", () => {
  it('shows every sort button on the screen, and sorts the cards on a tap', async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 844 });
    await page().goto(`file://${join(dir(), 'index.html')}`);
    const before = await isps();
    // Act
    const boxes = await page().$$eval('#action-table thead button', (bs) =>
      bs.map((b) => {
        const r = b.getBoundingClientRect();
        return `${b.textContent}: ${r.left >= 0 && r.right <= 390 ? 'on' : 'off'} screen`;
      }),
    );
    await page().click('#action-table thead th:nth-child(3) button', {
      timeout: 5000,
    });
    const sorted = await isps();
    await page().screenshot({ path: join(SHOTS, 'report-phone-sort.png') });
    // Assess: moved 9,999 px to the left, the buttons could be neither
    // tapped nor seen with the keyboard's focus on them
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((b) => b.endsWith('off screen'))).toEqual([]);
    expect(sorted).toEqual([...before].sort((a, b) => a.localeCompare(b)));
    expect(sorted).not.toEqual(before);
  });

  it('draws the focus of the keyboard on a sort button within the screen', async () => {
    // Prepare
    await page().setViewportSize({ width: 390, height: 844 });
    await page().goto(`file://${join(dir(), 'isp/acme-telecom.html')}`);
    // Act
    await page().focus('table.stack thead button');
    const seen = await page().$eval('table.stack thead button', (b) => {
      const view = b.ownerDocument.defaultView!;
      const r = b.getBoundingClientRect();
      return {
        focused: b.ownerDocument.activeElement === b,
        onScreen: r.left >= 0 && r.right <= view.innerWidth && r.width > 0,
        outline: view.getComputedStyle(b).outlineStyle,
      };
    });
    // Assess
    expect(seen).toEqual({ focused: true, onScreen: true, outline: 'solid' });
  });
});
