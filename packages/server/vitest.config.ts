import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Password hashing runs at OWASP cost (scrypt N=2^17) in the login tests.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
