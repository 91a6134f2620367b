import { randomBytes } from 'node:crypto';

/**
 * The URL of a test service started by `npm test` (scripts/test-services.sh). Missing means the tests were run
 * without it: fail loudly rather than silently passing without the real server.
 */
export function serviceUrl(name: 'BASTION_TEST_REDIS_URL' | 'BASTION_TEST_POSTGRES_URL'): string {
  const url = process.env[name];
  if (!url)
    throw new Error(
      `${name} is not set: run these tests with \`npm test -- test/store\` (it starts the services)`,
    );
  return url;
}

/** A name unique to this run, so parallel and repeated runs never see each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}
