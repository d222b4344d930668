import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * Renders isps.csv and links.csv in a fresh Node process, since Node takes
 * its default locale from LC_ALL/LANG once at start (setting
 * `process.env.LC_ALL` later changes nothing), and prints the ISP and link
 * column of each, and the same names sorted by a bare `localeCompare`.
 */
const CHILD = `
import { parse } from 'csv-parse/sync';
import { ispsOf } from '#lib/report/email-format';
import { renderLevelCsv } from '#lib/report/render-level-csv';
import { EVALUATIONS, fixtureInput } from './test/fixtures/report/report-input.ts';
const names = ['Zeta', 'link-10', 'Ärzte', 'link-2', 'arzte'];
const base = fixtureInput();
const link = EVALUATIONS.find((e) => e.level === 'link');
const input = fixtureInput({
  isps: names.map((isp) => ({ ...base.isps[0], isp })),
  evaluations: names.map((key) => ({ ...link, key })),
});
const column = (path, name) =>
  parse(renderLevelCsv(input).find((f) => f.path === path).body, {
    columns: true,
  }).map((row) => row[name]);
console.log(JSON.stringify({
  isps: column('isps.csv', 'isp'),
  links: column('links.csv', 'link_id'),
  email: ispsOf(names.map((isp) => ({ ...link, isp }))),
  bare: [...names].sort((a, b) => a.localeCompare(b)),
}));
`;

async function renderUnder(locale: string) {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHILD],
    { env: { ...process.env, LANG: locale, LC_ALL: locale } },
  );
  return JSON.parse(stdout) as Record<string, string[]>;
}

describe('name order under another locale', () => {
  it('lists ISPs and links in the same order in C, English and Swedish', async () => {
    // Prepare
    const locales = ['C.UTF-8', 'en_US.UTF-8', 'sv_SE.UTF-8'];

    // Act
    const [c, en, sv] = await Promise.all(locales.map(renderUnder));

    // Assess: the locale reaches the process (a bare localeCompare puts
    // 'Ärzte' after 'Zeta' in Swedish), yet the files keep one order
    expect(sv!.bare).toEqual(['arzte', 'link-10', 'link-2', 'Zeta', 'Ärzte']);
    const order = ['arzte', 'Ärzte', 'link-2', 'link-10', 'Zeta'];
    for (const out of [c, en, sv]) {
      expect(out!.isps).toEqual(order);
      expect(out!.links).toEqual(order);
      expect(out!.email).toEqual(order);
    }
  }, 60_000);
});
