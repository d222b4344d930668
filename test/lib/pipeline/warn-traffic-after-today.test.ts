import { describe, expect, it } from 'vitest';
import { warnTrafficAfterToday } from '#lib/pipeline/warn-traffic-after-today';
import { recordingLog } from '../../helpers/recording-log.ts';

const WHEN = { asOf: '2026-12-07', today: '2026-12-07' };

describe('warnTrafficAfterToday', () => {
  it("passes over tomorrow's folder, a local day east of UTC", () => {
    // Prepare: a collector in Sydney (UTC+11) names its folders by local
    // day, a supported layout: before 11:00 there, its today is the
    // clock's tomorrow
    const { log, lines } = recordingLog();

    // Act
    warnTrafficAfterToday(
      log,
      ['2026-12-06', '2026-12-07', '2026-12-08'],
      WHEN,
    );

    // Assess: no "collector's clock ahead" on every morning's run
    expect(lines).toEqual([]);
  });

  it('names the days after tomorrow, a mistyped year among them', () => {
    // Prepare
    const { log, lines } = recordingLog();
    const traffic = ['2026-12-06', '2026-12-08', '2026-12-09', '2620-05-20'];

    // Act
    warnTrafficAfterToday(log, traffic, WHEN);

    // Assess
    expect(lines).toEqual([
      {
        message:
          "traffic after today, not read until its day comes (a collector's " +
          'clock ahead, or a year mistyped?)',
        data: { days: '2 days: 2026-12-09, 2620-05-20' },
      },
    ]);
  });

  it('names the days after an as-of date later than tomorrow', () => {
    // Prepare
    const { log, lines } = recordingLog();

    // Act
    warnTrafficAfterToday(log, ['2026-12-20', '2026-12-21'], {
      ...WHEN,
      asOf: '2026-12-20',
    });

    // Assess
    expect(lines.map((line) => line.data)).toEqual([
      { days: '1 day: 2026-12-21' },
    ]);
  });
});
