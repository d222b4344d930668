import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '#lib/domain/dates';
import { UsageError } from '#lib/errors';
import { generateSample } from '#lib/sample/index';
import { END, useSmallSample } from './generate-sample-fixture.ts';
import { links, query, traffic } from './sample-fixture.ts';

const { root, a, summary } = useSmallSample();

describe('generateSample contract', () => {
  it('writes one Parquet file per day except the missing day, then sample.json', async () => {
    // Prepare
    const dayDirs = await readdir(join(a, 'lake', 'traffic'));
    // Act
    const json = JSON.parse(await readFile(join(a, 'sample.json'), 'utf8'));
    const files = await readdir(join(a, 'lake', 'traffic', dayDirs[0]!));
    // Assess
    expect(dayDirs).toHaveLength(19);
    expect(dayDirs).not.toContain(`dt=${addDays(summary().firstDay, 7)}`);
    expect(files).toEqual(['part-0.parquet']);
    expect(json).toEqual({ ...summary(), seed: 1 });
    expect(summary()).toMatchObject({
      firstDay: '2026-03-12',
      lastDay: END,
      links: 6,
    });
    expect(summary().rows).toBeGreaterThan(6 * 19 * 280);
  });

  it('writes the traffic columns with the contract types', async () => {
    // Prepare
    const file = `${a}/lake/traffic/dt=${END}/part-0.parquet`;
    // Act
    const columns = await query(
      `DESCRIBE SELECT * FROM read_parquet('${file}', hive_partitioning = false)`,
    );
    const schema = await query(
      `SELECT name, logical_type FROM parquet_schema('${file}') WHERE name = 'ts'`,
    );
    // Assess
    expect(columns.map((c) => [c.column_name, c.column_type])).toEqual([
      ['ts', 'TIMESTAMP'],
      ['link_id', 'VARCHAR'],
      ['out_bps', 'DOUBLE'],
      ['in_bps', 'DOUBLE'],
      ['capacity_bps', 'DOUBLE'],
    ]);
    expect(String(schema[0]?.logical_type)).toContain('isAdjustedToUTC=0');
  });

  it('stamps every row at a five-minute boundary within its dt day', async () => {
    // Prepare / Act
    const [check] = await query(`SELECT
        count_if(dt <> ts::DATE)::INT AS wrong_day,
        count_if(epoch(ts)::BIGINT % 300 <> 0)::INT AS unaligned,
        min(ts)::VARCHAR AS first, max(ts)::VARCHAR AS last
      FROM ${traffic(a)}`);
    // Assess
    expect(check).toEqual({
      wrong_day: 0,
      unaligned: 0,
      first: '2026-03-12 00:00:00',
      last: '2026-03-31 23:55:00',
    });
  });

  it('writes both inventory files with their headers', async () => {
    // Prepare / Act
    const linksCsv = await readFile(join(a, 'inventory', 'links.csv'), 'utf8');
    const augments = await readFile(
      join(a, 'inventory', 'augments.csv'),
      'utf8',
    );
    const lines = linksCsv.trim().split('\n');
    // Assess
    expect(lines[0]).toBe(
      'link_id,isp,asn,site,region,link_type,capacity_bps,group,port_bps,lead_time_days,owner',
    );
    expect(lines).toHaveLength(7);
    expect(lines.slice(1).every((l) => l.includes(',EMEA,'))).toBe(true);
    expect(augments.split('\n')[0]).toBe(
      'group,in_service_date,added_bps,reference',
    );
  });

  it('refuses bad options with a usage error', async () => {
    // Prepare
    const out = join(root, 'bad');
    // Act / Assess
    await expect(generateSample({ out, links: 0 })).rejects.toThrow(UsageError);
    await expect(generateSample({ out, days: 1.5 })).rejects.toThrow(
      /days must be a whole number/,
    );
    await expect(generateSample({ out, end: '2026-13-01' })).rejects.toThrow(
      /end must be a date/,
    );
  });

  it('refuses days that would start the sample before 1970, which no run reads', async () => {
    // Prepare
    const out = join(root, 'early');
    // Act
    const attempt = generateSample({ out, days: 30, end: '1970-01-10' });
    // Assess
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      "the sample's first day 1969-12-12 (30 days to end 1970-01-10) is " +
        'out of range: dates run from 1970-01-01 to 9899-12-31; give fewer ' +
        'days or a later end',
    );
  });
});

describe('generateSample faults', () => {
  it('has duplicates, spikes, an unknown link and a day missing a link', async () => {
    // Prepare / Act
    const [faults] = await query(`SELECT
        (count(*) - count(DISTINCT (ts, link_id)))::INT AS duplicates,
        count_if(out_bps > 5 * capacity_bps)::INT AS spikes
      FROM ${traffic(a)}`);
    const unknown = await query(`SELECT DISTINCT link_id FROM ${traffic(a)}
      WHERE link_id NOT IN (SELECT link_id FROM ${links(a)})`);
    const perDay = await query(`SELECT dt::VARCHAR AS dt,
        count(DISTINCT link_id)::INT AS n FROM ${traffic(a)}
        WHERE dt < DATE '${addDays(summary().firstDay, 14)}' GROUP BY dt`);
    // Assess
    expect(faults!.duplicates).toBeGreaterThan(0);
    expect(faults!.spikes).toBeGreaterThan(0);
    expect(unknown).toHaveLength(1);
    const counts = perDay.map((d) => d.n as number);
    expect(Math.min(...counts)).toBe(Math.max(...counts) - 1);
    expect(perDay.find((d) => d.n === 5)?.dt).toBe(
      addDays(summary().firstDay, 10),
    );
  });
});
