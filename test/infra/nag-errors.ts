import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

/**
 * The cdk-nag AwsSolutions errors left unacknowledged in an app, each as
 * its rule and the construct paths it names (empty when clean).
 *
 * @param app - the app to check
 * @returns e.g. ['AwsSolutions-S1 Reports/Bucket/Resource']
 * @example
 * expect(nagErrors(app)).toEqual([]);
 */
export function nagErrors(app: App): string[] {
  const report = new AwsSolutionsChecks(app).validateScope(app);
  return report.violations
    .filter((v) => v.severity === 'error')
    .map(
      (v) =>
        `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath)}`,
    );
}
