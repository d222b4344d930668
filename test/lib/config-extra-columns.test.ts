import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '#lib/config';

describe('parseConfig inventory.extraColumns', () => {
  it('declares no extra column by default', () => {
    // Assess
    expect(DEFAULT_CONFIG.inventory).toEqual({ extraColumns: [] });
  });

  it('reads the columns declared', () => {
    // Act
    const config = parseConfig(
      '{"inventory": {"extraColumns": ["owners", "retired_by"]}}',
      'c.json',
    );

    // Assess
    expect(config.inventory.extraColumns).toEqual(['owners', 'retired_by']);
  });

  it.each([
    ['owner', '2', ''],
    ['Lead time days', '1', " (as 'lead_time_days')"],
    ['critical', '0', ''],
  ])(
    'refuses %s, a column Headroom reads, naming its place in the list',
    (column, at, as) => {
      // Prepare: declared extra, its values would be ignored
      const list = ['owners', 'group_id', 'x'];
      list[Number(at)] = column;

      // Act / Assess
      expect(() =>
        parseConfig(
          `{"inventory": {"extraColumns": ${JSON.stringify(list)}}}`,
          'c.json',
        ),
      ).toThrow(
        `c.json, line 1: field 'inventory.extraColumns.${at}' is a column ` +
          `of links.csv Headroom reads${as}, not an extra one it may ` +
          'ignore: take it out of the list',
      );
    },
  );

  it.each([
    ['{"inventory": {"extraColumn": ["owners"]}}', 'extraColumns'],
    ['{"inventroy": {"extraColumns": ["owners"]}}', 'inventory'],
  ])('names the key meant by the misspelt %s', (text, meant) => {
    // Act / Assess
    expect(() => parseConfig(text, 'c.json')).toThrow(
      `(did you mean '${meant}'?)`,
    );
  });

  it.each([
    ['["owners", ""]', /field 'inventory\.extraColumns\.1'/],
    ['"owners"', /field 'inventory\.extraColumns'/],
  ])('refuses extraColumns %s, not a list of names', (value, field) => {
    // Act / Assess
    expect(() =>
      parseConfig(`{"inventory": {"extraColumns": ${value}}}`, 'c.json'),
    ).toThrow(field);
  });
});
