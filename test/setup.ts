// Every test runs in UTC so that dates never depend on the machine's zone.
process.env.TZ = 'UTC';
