import { JOB_KINDS } from '#jobs';
import { trackersByKind } from './trackers-by-kind.js';

class FollowsA {
  step = async () => ({ done: true }) as const;
}
class NotProvided {
  step = async () => ({ done: true }) as const;
}

/** The worker's boot check: every kind of job has its tracker, or the worker does not start. */
describe('trackersByKind', () => {
  it('maps each kind to the instance of the tracker its descriptor names', () => {
    const a = new FollowsA();
    const map = trackersByKind([{ type: 'x.a', tracker: FollowsA }, { type: 'x.b', tracker: FollowsA }], [FollowsA], [a]);
    expect(map.get('x.a')).toBe(a);
    expect(map.get('x.b')).toBe(a);
  });

  it('refuses, naming them, kinds whose tracker is missing or was not provided', () => {
    expect(() => trackersByKind([{ type: 'x.a', tracker: FollowsA }, { type: 'x.none' }, { type: 'x.unprovided', tracker: NotProvided }], [FollowsA], [new FollowsA()])).toThrow(
      'Job kinds without a tracker: x.none, x.unprovided',
    );
  });

  it('finds a tracker for every registered kind', () => {
    const classes = [...new Set(JOB_KINDS.map((kind) => kind.tracker))];
    // Instances as Nest would build them (the constructors' clients are not needed to check the wiring).
    const instances = classes.map((tracker) => Object.create(tracker.prototype) as object);
    expect([...trackersByKind(JOB_KINDS, classes, instances).keys()].sort()).toEqual(JOB_KINDS.map((kind) => kind.type).sort());
  });
});
