import { WATCH_TYPES } from '#jobs';
import { unresolvableWatchTypes, watchObjectOf } from './watch-owners.js';

/** The BFF's boot check for watches, and the one reading of what a watch request names. */
describe('watch owners', () => {
  it('names the watch types whose object has no resolver (the BFF then refuses to start)', () => {
    expect(unresolvableWatchTypes(new Set(['subscription']))).toEqual(['wallet.card']);
    expect(unresolvableWatchTypes(new Set(['subscription', 'wallet-card']))).toEqual([]);
    expect(unresolvableWatchTypes(new Set(['subscription', 'wallet-card']), [...WATCH_TYPES, { type: 'x.orphan', owner: 'lead' }])).toEqual(['x.orphan']);
  });
  it('reads a request as the object its type names, refusing what cannot name one (400)', () => {
    expect(watchObjectOf('wallet.card', '5001')).toEqual({ kind: 'wallet-card', cardId: 5001 });
    expect(watchObjectOf('middleware.subscription', 'sub_01HAAA')).toEqual({ kind: 'subscription', subUid: 'sub_01HAAA' });
    for (const [type, id] of [['wallet.card', '0'], ['wallet.card', '12ab'], ['nope', 'x'], ['middleware.subscription', '']]) expect(() => watchObjectOf(type, id)).toThrow();
  });
});
