import { jest } from '@jest/globals';

// Jest reads testTimeout only from the root config, never from a project: without this every e2e hook
// that spawns processes (beforeAll, afterAll) would fall back to 5 s and fail on a busy machine.
jest.setTimeout(60_000);
