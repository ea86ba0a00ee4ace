import { declaredOutcome } from './step-context.js';

describe('a tracker’s outcome', () => {
  it('is stored only when its kind declares it; none is null', () => {
    expect(declaredOutcome('middleware.payment-link', 'denied')).toBe('denied');
    expect(declaredOutcome('cms.conciliation', 'discrepancies')).toBe('discrepancies');
    expect(declaredOutcome('wallet.statement', undefined)).toBeNull();
  });

  it('refuses an outcome the kind does not declare (a bug), so apps never meet an undocumented value', () => {
    expect(() => declaredOutcome('middleware.payment-link', 'all-approved')).toThrow('declares no outcome all-approved');
    expect(() => declaredOutcome('wallet.statement', 'approved')).toThrow();
  });
});
