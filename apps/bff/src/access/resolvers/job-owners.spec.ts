import { JOB_KINDS } from '#jobs';
import { jobObjectOf, notTrackableByIdReason, unresolvableJobKinds } from './job-owners.js';

const RESOLVABLE = new Set(['partner', 'wallet-card', 'payment-link', 'alternative-payment', 'terminal-payment']);

/** The BFF's boot check over the job kinds, and how POST /v1/jobs names an object (read from each kind's descriptor). */
describe('job owners', () => {
  it('can place the object of every registered kind', () => {
    expect(unresolvableJobKinds(RESOLVABLE)).toEqual([]);
  });

  it('names the kinds whose object no resolver places (the BFF then refuses to start)', () => {
    const kinds = [...JOB_KINDS, { type: 'wallet.settlement', owner: 'settlement' }, { type: 'cms.nothing' }];
    expect(unresolvableJobKinds(RESOLVABLE, kinds)).toEqual(['wallet.settlement', 'cms.nothing']);
  });

  it("reads a request's object the way the kind says, and refuses what cannot be followed by id with 400", () => {
    expect(jobObjectOf('wallet.statement', '5001/stm_1', undefined)).toEqual({ kind: 'wallet-card', cardId: 5001, reference: 'stm_1' });
    expect(jobObjectOf('cms.card-upload', 'bat_1', 'acme')).toEqual({ kind: 'partner', partnerId: 'acme' });
    expect(jobObjectOf('middleware.payment-link', 'trx_1', undefined)).toEqual({ kind: 'payment-link', uid: 'trx_1' });
    const status = (run: () => unknown) => {
      try {
        run();
        return 'accepted';
      } catch (error) {
        return (error as { problem?: { status: number } }).problem?.status;
      }
    };
    expect(status(() => jobObjectOf('wallet.statement', `${'9'.repeat(17)}/stm_1`, undefined))).toBe(400);
    expect(status(() => jobObjectOf('cms.card-upload', 'bat_1', undefined))).toBe(400);
    expect(status(() => jobObjectOf('middleware.charge-batch', 'bat_1', undefined))).toBe(400);
    expect(status(() => jobObjectOf('wallet.nothing', 'x', undefined))).toBe(400);
    expect(notTrackableByIdReason('middleware.csv-charges')).toMatch(/cannot be tracked by id/);
    expect(notTrackableByIdReason('wallet.statement')).toBeUndefined();
  });
});
