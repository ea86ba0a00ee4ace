import { PerSecondWindows } from './callback-edge.js';

describe('PerSecondWindows (callback rate bounds)', () => {
  it('admits up to the per-address limit, then refuses that address but not others, until the next second', () => {
    const windows = new PerSecondWindows(2, 100);
    expect([windows.admit('a', 0), windows.admit('a', 10), windows.admit('a', 20)]).toEqual([true, true, false]);
    expect(windows.admit('b', 30)).toBe(true);
    expect(windows.admit('a', 1000)).toBe(true);
  });

  it('refuses everyone past the global limit, and keeps its map of addresses bounded', () => {
    const windows = new PerSecondWindows(10, 3, 2);
    expect(['a', 'b', 'c', 'd'].map((address) => windows.admit(address, 0))).toEqual([true, true, true, false]);
    const many = new PerSecondWindows(1, 1000, 2);
    for (let i = 0; i < 100; i++) many.admit(`addr-${i}`, 0);
    expect((many as unknown as { byAddress: Map<string, number> }).byAddress.size).toBe(2);
  });
});
