import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/cli once: CLI tests spawn the compiled binary and its worker threads.
    globalSetup: ['tests/setup/build-cli.ts'],
    // Lit warns once per test file that it runs its development build, as it should under Vitest:
    // expected, so not shown. Every other console line (a real warning) still is.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
  },
});
