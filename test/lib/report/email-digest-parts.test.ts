import { describe, expect, it } from 'vitest';
import type { Evaluation } from '#lib/domain/evaluation';
import { renderDigestParts } from '#lib/report/email-digest';
import {
  AMS1_CACHE,
  EMAIL_CONFIG,
} from '../../fixtures/rules/email-evaluations.ts';

/** Acme Telecom's 200 bundles at watch, at sites S000 … S199. */
const BUNDLES: Evaluation[] = Array.from({ length: 200 }, (_, i) => {
  const site = `S${String(i).padStart(3, '0')}`;
  return { ...AMS1_CACHE, key: `Acme Telecom/${site}/cache`, site };
});

describe('renderDigestParts: a digest in parts', () => {
  it('ends a part between bundles, and names the bundles each part tells', () => {
    // Act: one ISP's bundles, over several parts
    const { messages, groups } = renderDigestParts({
      asOf: '2026-11-30',
      owner: 'emea-peering',
      groups: BUNDLES,
      config: EMAIL_CONFIG,
      maxBytes: 8000,
    });

    // Assess: before, the ISP's one block was cut between any two lines,
    // a title in one part and its figures in the next, and every part
    // named all 200 bundles
    expect(messages.length).toBeGreaterThan(2);
    const titled = messages.map((m) => {
      const lines = m.body.split('\n');
      return lines.flatMap((line, i) => {
        const site = /^ {2}(S\d{3}) cache$/.exec(line)?.[1];
        if (site === undefined) return [];
        return /^ {4}watch /.test(lines[i + 1] ?? '')
          ? [`Acme Telecom/${site}/cache`]
          : [`${site} alone`];
      });
    });
    expect(titled).toEqual(groups);
    expect(titled.flat()).toEqual(BUNDLES.map((g) => g.key));
  });
});
