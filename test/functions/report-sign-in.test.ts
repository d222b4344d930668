import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type {
  CloudFrontRequestEvent,
  CloudFrontResultResponse,
} from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadSignInSettings,
  type SignInSettings,
  signInHandler,
} from '../../functions/report-sign-in.ts';

const NAME = '/headroom/dev/report-sign-in';
const SETTINGS: SignInSettings = {
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_abcDEF123',
  userPoolAppId: '1example23456789',
  userPoolDomain: 'headroom-dev-reports.auth.eu-west-1.amazoncognito.com',
};

/** A viewer request without cookies, for /reports/latest/index.html. */
function viewerRequest(): CloudFrontRequestEvent {
  const request = {
    clientIp: '192.0.2.1',
    method: 'GET',
    uri: '/reports/latest/index.html',
    querystring: '',
    headers: {
      host: [{ key: 'Host', value: 'd111111abcdef8.cloudfront.net' }],
    },
  };
  const config = {
    distributionDomainName: 'd111111abcdef8.cloudfront.net',
    distributionId: 'E1',
    eventType: 'viewer-request' as const,
    requestId: 'r-1',
  };
  return { Records: [{ cf: { config, request } }] } as CloudFrontRequestEvent;
}

const ssm = mockClient(SSMClient);
beforeEach(() => ssm.reset());

describe('loadSignInSettings', () => {
  it('reads the settings from the named parameter', async () => {
    // Prepare
    ssm
      .on(GetParameterCommand, { Name: NAME })
      .resolves({ Parameter: { Value: JSON.stringify(SETTINGS) } });
    // Act
    const settings = await loadSignInSettings(new SSMClient({}), NAME);
    // Assess
    expect(settings).toEqual(SETTINGS);
  });

  it('rejects a parameter without a value or with a missing field', async () => {
    // Prepare
    const { userPoolAppId: _, ...partial } = SETTINGS;
    ssm
      .on(GetParameterCommand)
      .resolvesOnce({ Parameter: {} })
      .resolvesOnce({ Parameter: { Value: JSON.stringify(partial) } });
    const client = new SSMClient({});
    // Act and assess
    await expect(loadSignInSettings(client, NAME)).rejects.toThrow(/no value/);
    await expect(loadSignInSettings(client, NAME)).rejects.toThrow(
      /userPoolAppId/,
    );
  });
});

describe('signInHandler', () => {
  it('sends a visitor without a session to the hosted sign-in page', async () => {
    // Prepare
    const handler = signInHandler(async () => SETTINGS);
    // Act
    const response = (await handler(
      viewerRequest(),
    )) as CloudFrontResultResponse;
    // Assess
    expect(response.status).toBe('302');
    const location = response.headers?.location?.[0]?.value ?? '';
    expect(location).toMatch(
      /^https:\/\/headroom-dev-reports\.auth\.eu-west-1\.amazoncognito\.com\/authorize\?/,
    );
    expect(location).toContain(
      `redirect_uri=${encodeURIComponent('https://d111111abcdef8.cloudfront.net')}`,
    );
  });

  it('loads the settings once, and again after a failed load', async () => {
    // Prepare
    const load = vi
      .fn<() => Promise<SignInSettings>>()
      .mockRejectedValueOnce(new Error('throttled'))
      .mockResolvedValue(SETTINGS);
    const handler = signInHandler(load);
    // Act and assess
    await expect(handler(viewerRequest())).rejects.toThrow('throttled');
    await handler(viewerRequest());
    await handler(viewerRequest());
    expect(load).toHaveBeenCalledTimes(2);
  });
});
