import { describe, expect, it } from 'vitest';
import { LackingFileWarnings } from '#lib/adapters/local/lacking-file-warnings';
import { recordingLog } from '../../../helpers/recording-log.ts';

describe('LackingFileWarnings', () => {
  it('names files read without in_bps for its type, then counts the rest in those words', () => {
    // Prepare: twelve days of a collector writing in_bps as text
    const files = Array.from({ length: 12 }, (_, i) => {
      const day = `2026-01-${String(i + 1).padStart(2, '0')}`;
      return {
        file: `traffic/dt=${day}/a.parquet`,
        day,
        missing: [],
        dropped: [{ name: 'in_bps', type: 'VARCHAR' }],
      };
    });
    const { log, lines } = recordingLog();

    // Act
    new LackingFileWarnings(log).warn(files);

    // Assess
    const messages = lines.map((l) => l.message);
    expect(messages).toHaveLength(11);
    expect(messages[0]).toBe(
      'traffic file traffic/dt=2026-01-01/a.parquet has in_bps as VARCHAR, ' +
        'not a double: read with in_bps NULL, as Athena reads it (the ' +
        'rollup does not use it)',
    );
    expect(messages[10]).toBe(
      '2 more traffic files with in_bps of another type: read with in_bps ' +
        'NULL, as Athena reads them (the rollup does not use it)',
    );
  });
});
