import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type {
  CloudFrontRequestEvent,
  CloudFrontRequestResult,
} from 'aws-lambda';
import { Authenticator } from 'cognito-at-edge';
import { z } from 'zod';

/**
 * Where the sign-in settings are: baked into the bundle at synth by
 * esbuild `define` (Lambda@Edge has no environment variables). The user
 * pool and app client ids are only known once deployed, so the bundle
 * names the SSM parameter holding them rather than the ids themselves
 * (README "Deploy to AWS").
 */
declare const SIGN_IN_PARAMETER: string;
declare const SIGN_IN_PARAMETER_REGION: string;

/** The parameter's value: what `cognito-at-edge` needs. */
export const SignInSettings = z.strictObject({
  region: z.string().min(1),
  userPoolId: z.string().min(1),
  userPoolAppId: z.string().min(1),
  /** The hosted UI's host name, without `https://`. */
  userPoolDomain: z.string().min(1),
});
export type SignInSettings = z.infer<typeof SignInSettings>;

/**
 * Reads and validates the sign-in settings from SSM Parameter Store.
 *
 * @param ssm - a client in the parameter's region
 * @param name - the parameter's name
 * @returns the settings
 * @example
 * await loadSignInSettings(new SSMClient({ region: 'eu-west-1' }), '/headroom/dev/report-sign-in');
 */
export async function loadSignInSettings(
  ssm: Pick<SSMClient, 'send'>,
  name: string,
): Promise<SignInSettings> {
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }));
  if (Parameter?.Value === undefined) {
    throw new Error(`sign-in parameter ${name} has no value`);
  }
  return SignInSettings.parse(JSON.parse(Parameter.Value));
}

/**
 * A viewer-request handler that loads its settings once per container
 * and, if loading fails, tries again on the next request (a failed
 * request gets CloudFront's error page: the reports stay closed).
 *
 * @param load - reads the settings
 * @returns the handler
 * @example
 * const handler = signInHandler(() => loadSignInSettings(ssm, name));
 */
export function signInHandler(
  load: () => Promise<SignInSettings>,
): (event: CloudFrontRequestEvent) => Promise<CloudFrontRequestResult> {
  let authenticator: Promise<Authenticator> | undefined;
  return async (event) => {
    authenticator ??= load()
      .then((settings) => new Authenticator({ ...settings, logLevel: 'warn' }))
      .catch((error: unknown) => {
        authenticator = undefined;
        throw error;
      });
    return (await authenticator).handle(event);
  };
}

export const handler = signInHandler(() =>
  loadSignInSettings(
    new SSMClient({ region: SIGN_IN_PARAMETER_REGION }),
    SIGN_IN_PARAMETER,
  ),
);
