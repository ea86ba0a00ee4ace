import { jobIdFor, JOB_ID_PATTERN, trackedJobId } from './job-id.js';

describe('job ids', () => {
  it('derives the same id from the same upstream work, and another from other work or another app', () => {
    const id = jobIdFor('acme', 'middleware.payment-link', 'trx_1');
    expect(id).toMatch(JOB_ID_PATTERN);
    expect(jobIdFor('acme', 'middleware.payment-link', 'trx_1')).toBe(id);
    expect(new Set([id, jobIdFor('globex', 'middleware.payment-link', 'trx_1'), jobIdFor('acme', 'middleware.payment-link', 'trx_2')]).size).toBe(3);
  });

  it("finds a tracker's job by its BullMQ id, or in the data of trackers enqueued by earlier versions", () => {
    expect(trackedJobId({ id: 'job_a', data: {} })).toBe('job_a');
    expect(trackedJobId({ id: undefined, data: { jobId: 'job_b' } })).toBe('job_b');
    expect(() => trackedJobId({ data: {} })).toThrow(/without an id/);
  });
});
