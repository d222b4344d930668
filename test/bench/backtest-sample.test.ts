import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '#lib/sample/index';
import { ensureRolledUp } from '../../bench/backtest-sample.ts';
import { makeTempDir, removeDir } from '../helpers/lake.ts';

describe('bench:backtest rolling up a sample not yet rolled up', () => {
  let data: string;
  let temp: string;
  beforeAll(async () => {
    data = await makeTempDir('bench-backtest-sample');
    temp = await makeTempDir('bench-backtest-temp');
    await generateSample({
      out: data,
      links: 12,
      days: 60,
      seed: 3,
      end: '2026-05-31',
    });
  }, 300_000);
  afterAll(async () => {
    await removeDir(data);
    await removeDir(temp);
  });

  it("writes nothing of headroom run's summary on stdout ahead of the figures", async () => {
    // Prepare
    const printed: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((text: string) => printed.push(text)) as never;

    // Act
    let sample: Awaited<ReturnType<typeof ensureRolledUp>>;
    try {
      sample = await ensureRolledUp(data, temp, {});
    } finally {
      process.stdout.write = write;
    }

    // Assess: rolled up, and nothing of the run printed (its summary
    // came before: "critical  OVERDUE 33 d  15.6 Gbps …"); the bench's own
    // line goes through console.log
    expect(sample.lastDay).toBe('2026-05-31');
    const day = join(data, 'lake', 'series_daily', 'dt=2026-05-31');
    expect(existsSync(day)).toBe(true);
    expect(printed.join('')).toBe('');
  });
});
