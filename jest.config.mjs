/** Unit specs live beside the code; e2e suites live in test/. Both run as native ESM (see package.json "type"). */
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: {
    '^#test-support$': '<rootDir>/test/support/index.ts',
    '^#([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  // Unit specs run the simulator and the BFF in-process: on a machine shared by several test runs a hook that logs
  // in to Migo can pass Jest's default 5 s (the e2e project sets its own 60 s in test/e2e-timeout.ts).
  testTimeout: 15_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/clients/*/test/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'], globalSetup: '<rootDir>/test/global-setup.mjs', setupFilesAfterEnv: ['<rootDir>/test/e2e-timeout.ts'] },
  ],
};
