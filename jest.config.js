/**
 * Every unit and bundle test runs twice, under two machine time zones that
 * are neither the spreadsheet zones the tests use nor each other: results
 * must depend on the spreadsheet's time zone only, never on the machine's.
 * The browser tests (*.browser.test.ts) drive a real Chromium and run once.
 */
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] };
const base = {
  testEnvironment: 'node',
  transform,
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['\\.browser\\.test\\.ts$'],
  setupFiles: ['<rootDir>/test/support/setMachineTimeZone.ts'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'TZ=America/Los_Angeles', globals: { MACHINE_TIME_ZONE: 'America/Los_Angeles' } },
    { ...base, displayName: 'TZ=Asia/Kathmandu', globals: { MACHINE_TIME_ZONE: 'Asia/Kathmandu' } },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/**/*.browser.test.ts'],
      globalSetup: '<rootDir>/test/support/prepareChromium.ts',
      setupFiles: ['<rootDir>/test/support/setMachineTimeZone.ts'],
      globals: { MACHINE_TIME_ZONE: 'Europe/Lisbon' },
    },
  ],
};
