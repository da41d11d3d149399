/**
 * Every test runs twice, under two machine time zones that are neither the
 * spreadsheet zones the tests use nor each other: results must depend on the
 * spreadsheet's time zone only, never on the machine's.
 */
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFiles: ['<rootDir>/test/support/setMachineTimeZone.ts'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'TZ=America/Los_Angeles', globals: { MACHINE_TIME_ZONE: 'America/Los_Angeles' } },
    { ...base, displayName: 'TZ=Asia/Kathmandu', globals: { MACHINE_TIME_ZONE: 'Asia/Kathmandu' } },
  ],
};
