import type { JobRecord, JobsEnv, JobTracking } from '#jobs';
import { JobStarter } from './job-starter.service.js';

/** Migo has accepted the work when a job is started: Redis coming back must not cost the app its job. */
describe('JobStarter', () => {
  const env = {} as JobsEnv;
  const target = { type: 'wallet.statement', cardId: 5001, month: 1, year: 2026 } as never;
  const record = { id: 'job_1' } as JobRecord;

  it('retries a start that Redis refused while it comes back, and answers the job', async () => {
    let calls = 0;
    const tracking = { start: async () => (++calls < 3 ? Promise.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")) : record) };
    await expect(new JobStarter(tracking as unknown as JobTracking, env).track('app', target, 'up-1')).resolves.toBe(record);
    expect(calls).toBe(3);
  });

  it('gives up after its retry window with the last error (the caller answers 503)', async () => {
    let calls = 0;
    const tracking = { start: async () => Promise.reject(new Error(`Redis down (${++calls})`)) };
    await expect(new JobStarter(tracking as unknown as JobTracking, env).track('app', target, 'up-1')).rejects.toThrow(/Redis down/);
    expect(calls).toBeGreaterThan(2);
  });
});
