import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatBps,
  formatDate,
  formatGrowth,
  formatPct,
} from '#lib/report/format';

describe('format', () => {
  it('writes bits per second with a unit and three significant digits', () => {
    // Prepare
    const values = [1.25e12, 400e9, 40e9, 4.5e9, 12e6, 800, 0, Number.NaN];
    // Act
    const text = values.map(formatBps);
    // Assess
    expect(text).toEqual([
      '1.25 Tbps',
      '400 Gbps',
      '40.0 Gbps',
      '4.50 Gbps',
      '12.0 Mbps',
      '800 bps',
      '0 bps',
      '—',
    ]);
  });

  it('keeps three significant digits where rounding reaches the next unit or digit', () => {
    // Prepare
    const values = [999.6e9, 99.96e9, 9.996e9, -999.7e6];
    // Act
    const text = values.map(formatBps);
    // Assess
    expect(text).toEqual(['1.00 Tbps', '100 Gbps', '10.0 Gbps', '-1.00 Gbps']);
  });

  it('writes ratios as percentages and growth with its sign', () => {
    // Prepare / Act
    const out = [
      formatPct(0.7234),
      formatPct(Number.POSITIVE_INFINITY),
      formatGrowth(35),
      formatGrowth(-4.25),
      formatGrowth(0),
    ];
    // Assess
    expect(out).toEqual(['72.3%', '—', '+35.0%/yr', '−4.3%/yr', '0.0%/yr']);
  });

  it('writes a share as a whole percentage when asked, the sign against the figure', () => {
    // Prepare: the share above which a day is left out (0.1), and a
    // retired link's share of its bundle (0.404)
    const values = [0.1, 0.404, Number.NaN];
    // Act
    const text = values.map((v) => formatPct(v, 0));
    // Assess: '10%' beside '80.4%', not '10 %'
    expect(text).toEqual(['10%', '40%', '—']);
  });

  it('writes a growth that rounds to zero without a sign', () => {
    // Prepare: a flat bundle's mean forecast, −0.02 %/yr, as its email
    // and partner pack wrote it ('−0.0%/yr'), and +0.04 %/yr
    const values = [-0.02, 0.04, -0.06, 0.06];
    // Act
    const text = values.map(formatGrowth);
    // Assess: the sign follows the figure shown, as the accuracy page's
    expect(text).toEqual(['0.0%/yr', '0.0%/yr', '−0.1%/yr', '+0.1%/yr']);
  });

  it('writes missing dates as a dash and escapes HTML', () => {
    // Prepare / Act
    const out = [
      formatDate(undefined),
      formatDate('2027-01-02'),
      escapeHtml(`AT&T <"x'>`),
    ];
    // Assess
    expect(out).toEqual(['—', '2027-01-02', 'AT&amp;T &lt;&quot;x&#39;&gt;']);
  });
});
