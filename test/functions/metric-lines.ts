import { vi } from 'vitest';

/**
 * The embedded-metric lines a Lambda writes to stdout while `act` runs
 * (its failure ignored: the caller checks it).
 *
 * @param act - what to run
 * @returns each line, parsed
 * @example
 * const lines = await metricLines(() => handler(event, context));
 */
export async function metricLines(act: () => Promise<unknown>) {
  const lines: Record<string, unknown>[] = [];
  const write = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      const text = String(chunk);
      if (text.includes('"_aws"')) lines.push(JSON.parse(text));
      return true;
    });
  try {
    await act().catch(() => undefined);
  } finally {
    write.mockRestore();
  }
  return lines;
}
