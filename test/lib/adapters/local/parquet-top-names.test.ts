import { describe, expect, it } from 'vitest';
import { topLevelNames } from '#lib/adapters/local/parquet-top-names';

describe('topLevelNames', () => {
  it("passes the fields nested in a column, at any depth, as pyarrow's lists nest them", () => {
    // Prepare: parquet_schema rows, depth first: a list of structs
    // (tags.list.element.{out_bps, ts}) between two columns
    const rows = [
      { name: 'schema', num_children: 3 },
      { name: 'ts', num_children: null },
      { name: 'tags', num_children: 1 },
      { name: 'list', num_children: 1 },
      { name: 'element', num_children: 2 },
      { name: 'out_bps', num_children: null },
      { name: 'ts', num_children: null },
      { name: 'out_bps', num_children: null },
    ];

    // Act / Assess
    expect(topLevelNames(rows)).toEqual(['ts', 'tags', 'out_bps']);
  });
});
