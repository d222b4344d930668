import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { ACME_LHR1 } from '../../fixtures/report/report-groups.ts';
import {
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { brokenFigures } from '../../helpers/broken-figures.ts';
import { useReportBrowser } from '../../helpers/use-report-browser.ts';

/** An overdue cache bundle of 10G ports, as the sample's Thames Fibre. */
const TEN_G: Evaluation = {
  ...ACME_LHR1,
  key: 'Acme Telecom LHR2 cache bundle 1',
  site: 'LHR2',
  linkType: 'cache',
  lastPeakBps: 22.7e9,
  capacityBps: 30e9,
  portBps: 10e9,
  recommendedPorts: 2,
  recommendedAddBps: 20e9,
  plannedAugments: [],
  expedite: undefined,
};

const { dir, page } = useReportBrowser(
  fixtureInput({ evaluations: [...EVALUATIONS, TEN_G] }),
);

/** A phone and a small laptop, and the widths a few px about them. */
const WIDTHS = [
  ...Array.from({ length: 13 }, (_, i) => 366 + i * 4),
  ...Array.from({ length: 13 }, (_, i) => 1000 + i * 4),
];

describe("the ISP page's plan text", () => {
  it('keeps each ask in ports, rate and count of days on one line, on a phone and a laptop', async () => {
    // Prepare
    const broken = new Set<string>();
    await page().goto(`file://${join(dir(), 'isp/acme-telecom.html')}`);
    const text = await page().locator('p.need, .overdue').allTextContents();

    // Act
    for (const width of WIDTHS) {
      await page().setViewportSize({ width, height: 900 });
      for (const t of await brokenFigures(page(), 'p.need, .overdue'))
        broken.add(`${t} at ${width} px`);
    }

    // Assess: the plan names asks in ports and days
    expect(text.join(' ')).toContain('+2 × 10.0 Gbps (20.0 Gbps)');
    expect(text.join(' ')).toMatch(/lead time 90 days/);
    expect([...broken]).toEqual([]);
  });
});
