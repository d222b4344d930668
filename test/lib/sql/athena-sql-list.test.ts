import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUCKDB_ONLY_FUNCTIONS } from '#lib/sql/duckdb-macros';
import { TEXTS } from './sql-texts-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * lib/sql's exported functions that build no statement of their own:
 * parts of the statements in TEXTS (checked there), literals, checks.
 */
const NOT_STATEMENTS = [
  'checkUnloadTarget',
  'countAt',
  'dayList',
  'dayLiteral',
  'doubleLiteral',
  'fullMinuteAggregates',
  'phaseAggregates',
  'phaseStepCounts',
  'phaseStepOf',
  'polledStep',
  'scansOf',
  'secondOfDay',
  'slotEnd',
  'sqlString',
  'stepCounts',
  'stepOf',
];

/** Every module of a folder of lib, by file name. */
async function modulesOf(folder: string) {
  const files = (await readdir(join(ROOT, folder))).filter((f) =>
    f.endsWith('.ts'),
  );
  return Promise.all(
    files.map(async (file) => ({
      file,
      exports: (await import(join(ROOT, folder, file))) as Record<
        string,
        unknown
      >,
    })),
  );
}

const sqlModules = await modulesOf('lib/sql');
const awsModules = await modulesOf('lib/adapters/aws');

describe('the SQL texts Athena runs, all of them checked', () => {
  it('has every exported statement of lib/sql and lib/adapters/aws among the texts checked for DuckDB-only spellings', () => {
    // Prepare
    const sqlFunctions = sqlModules.flatMap(({ exports }) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => name),
    );
    const awsBuilders = awsModules.flatMap(({ exports }) =>
      Object.keys(exports).filter((name) => /(Sql|_SQL)$/.test(name)),
    );
    const sqlConstants = sqlModules.flatMap(({ exports }) =>
      Object.keys(exports).filter((name) => name.endsWith('_SQL')),
    );

    // Act
    const unchecked = [...sqlFunctions, ...awsBuilders, ...sqlConstants]
      .filter((name) => !NOT_STATEMENTS.includes(name))
      .filter((name) => !(name in TEXTS));

    // Assess
    expect(unchecked).toEqual([]);
    expect(awsBuilders.sort()).toEqual(['unloadPartitionedSql', 'unloadSql']);
  });

  it("uses no DuckDB-only spelling in lib/sql's exported fragments", () => {
    // Prepare
    const fragments = sqlModules.flatMap(({ file, exports }) =>
      Object.entries(exports)
        .filter(([, value]) => typeof value === 'string')
        .map(([name, value]) => ({
          name: `${file} ${name}`,
          sql: value as string,
        })),
    );

    // Act
    const found = fragments.flatMap(({ name, sql }) =>
      DUCKDB_ONLY_FUNCTIONS.filter((f) =>
        sql.toLowerCase().includes(f.toLowerCase()),
      ).map((f) => `${name}: ${f}`),
    );

    // Assess
    expect(fragments.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
  });
});
