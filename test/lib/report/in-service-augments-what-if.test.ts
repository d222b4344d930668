import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderIspMessage } from '#lib/report/render-email';
import { renderPartnerPage } from '#lib/report/render-partner-page';
import { renderReport } from '#lib/report/render-report';
import { linksByGroup } from '#lib/report/reported-isps';
import {
  AS_OF,
  EVALUATIONS,
  fixtureInput,
} from '../../fixtures/report/report-input.ts';
import { EMAIL_CONFIG } from '../../fixtures/rules/email-evaluations.ts';
import { emailProse } from '../../helpers/email-prose.ts';
import { withInService } from '../../helpers/in-service-augment.ts';
import { withoutNowrap } from '../../helpers/without-nowrap.ts';
import { text } from './render-report-fixture.ts';

describe('an augment in service already', () => {
  it('reads "down with its bundle", not "counted in capacity", when a what-if has the bundle down today', async () => {
    // Prepare: LHR1 wholly down in a what-if: its capacity today is 0
    const down = (e: Evaluation): Evaluation =>
      e.key === 'Acme Telecom/LHR1/pni'
        ? { ...withInService(e), capacityBps: 0 }
        : withInService(e);
    const data = fixtureInput({ evaluations: EVALUATIONS.map(down) });
    const groups = data.evaluations.filter(
      (e) => e.level === 'group' && e.isp === 'Acme Telecom',
    );

    // Act
    const files = await renderReport(data);
    const isp = files.find((f) => f.path === 'isp/acme-telecom.html')!.body;
    const pack = renderPartnerPage(
      data.isps.find((s) => s.isp === 'Acme Telecom')!,
      groups,
      AS_OF,
      80,
      linksByGroup(data.evaluations),
    );
    const [alert] = renderIspMessage({
      asOf: AS_OF,
      unit: 'Acme Telecom',
      groups: groups.filter((e) => e.key === 'Acme Telecom/LHR1/pni'),
      config: EMAIL_CONFIG,
    });

    // Assess: before, all three said it was counted in a capacity of 0
    for (const said of [text(isp), emailProse(alert!.body)]) {
      expect(said).toContain('+400 Gbps in service since 2026-10-01 (CHG-900)');
      expect(said).toContain('down with its bundle in this what-if');
      expect(said).not.toContain('counted in capacity');
    }
    expect(withoutNowrap(pack)).toContain(
      '0 bps<br>down: +400 Gbps in service since 2026-10-01</td>',
    );
  });
});
