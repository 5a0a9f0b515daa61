import { configDefaults, defineConfig } from 'vitest/config';

// Tests that read the built sample site share one build, made once by the global setup of their project.
const builtSiteTests = ['tests/pages/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/**/*.site.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...builtSiteTests],
        },
      },
      {
        extends: true,
        test: { name: 'site', include: builtSiteTests, globalSetup: ['tests/setup/build-site.ts'] },
      },
    ],
  },
});
