import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/cli once: CLI tests spawn the compiled binary and its worker threads.
    globalSetup: ['tests/setup/build-cli.ts'],
    // Lit warns once per test file that it runs its development build, as it should under Vitest:
    // expected, so not shown. Every other console line (a real warning) still is.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
    projects: [
      // Everything but the browser runs in parallel first...
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], sequence: { groupOrder: 0 } } },
      // ...then the browser tests, one file at a time: each drives Chromium through timed pages, and
      // two machines' worth of load on two cores made their waits flaky.
      { extends: true, test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
