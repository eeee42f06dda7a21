const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default (one worker less than the cores) runs a two-core machine in band; most suites
  // wait on servers, browsers and databases, so two workers there share the cores well.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  // A worker keeps what every suite it ran loaded (each knowledge suite builds the base and reads the blind
  // sets): past this, it is replaced after its current suite instead of growing to the heap limit.
  workerIdleMemoryLimit: '1536MB',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/global-setup.js',
};
