import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects in one run: component tests in jsdom, and end-to-end tests that drive a real
// Chromium against the real server (built board, temporary SQLite database).
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['./vitest.setup.ts'],
          // jsdom renders slowly on a 2-core CI machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['./e2e/global-setup.ts'],
          fileParallelism: false,
          // The suites share one server and one browser on a 2-core machine; a test that failed
          // once (a timeout) runs once more, and one that fails twice fails the run.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
