import { Readable } from 'node:stream';
import { sdkStreamMixin } from '@smithy/util-stream';

/**
 * An S3 object's body, as the SDK gives it, whose connection resets as it
 * streams in (the SDK does not repeat the request then).
 *
 * @returns the body, for a mocked GetObject's `Body`
 * @example
 * mock.on(GetObjectCommand).resolvesOnce({ Body: cutOffBody() });
 */
export function cutOffBody() {
  return sdkStreamMixin(
    new Readable({
      read() {
        this.destroy(
          Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
        );
      },
    }),
  );
}
