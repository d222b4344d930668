import type { StageConfig } from './stage-config.ts';

/** Addresses and ranges kept for documentation (RFC 2606, RFC 5737, RFC 3849). */
const PLACEHOLDER_EMAIL = /@(?:[^@]+\.)?example\.(?:com|org|net)$/i;
const PLACEHOLDER_CIDR =
  /^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/i;

/**
 * The stage's example values still in place (`infra/stages.ts` ships
 * them): emails that reach no one and address ranges no reader has. A
 * warning, not an error: the stage deploys, but its alerts and reports
 * reach nobody until they are replaced.
 *
 * @param stage - the stage
 * @returns one sentence per placeholder field, empty when none
 * @example
 * stagePlaceholders(STAGE_CONFIGS.dev)[0];
 * // "stage 'dev': alertEmails holds a placeholder address (capacity-dev@example.com): …"
 */
export function stagePlaceholders(stage: StageConfig): string[] {
  const found = [
    [
      'alertEmails',
      stage.alertEmails.map((s) => s.email),
      PLACEHOLDER_EMAIL,
      'no email reaches it',
    ],
    [
      'operationsEmails',
      stage.operationsEmails,
      PLACEHOLDER_EMAIL,
      'no email reaches it',
    ],
    [
      'reportAllowedCidrs',
      stage.reportAllowedCidrs,
      PLACEHOLDER_CIDR,
      'no reader is in it',
    ],
  ] as const;
  return found.flatMap(([field, values, pattern, why]) => {
    const kept = values.filter((v) => pattern.test(v));
    return kept.length === 0
      ? []
      : [
          `stage '${stage.name}': ${field} holds a documentation placeholder ` +
            `(${kept.join(', ')}): ${why}; replace it in infra/stages.ts`,
        ];
  });
}
