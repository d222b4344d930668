// Matchers such as toReceiveCommandWith for aws-sdk-client-mock.
import 'aws-sdk-client-mock-vitest/extend';

// Every test runs in UTC so that dates never depend on the machine's zone.
process.env.TZ = 'UTC';
