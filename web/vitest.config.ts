import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    allowOnly: false,
    // Above the 8 s wait of the test setup, so a slow first render fails on its expectation, not the clock.
    testTimeout: 20_000,
  },
});
