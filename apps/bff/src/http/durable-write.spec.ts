import { writeDurably } from './durable-write.js';

/** Completion writes are retried: a record that cannot be written now is written when Redis is back. */
describe('writeDurably', () => {
  const failing = (times: number) => {
    let calls = 0;
    const write = async () => {
      calls++;
      if (calls <= times) throw new Error('Connection is closed.');
    };
    return { write, calls: () => calls };
  };

  it('retries within the inline budget and answers true once written', async () => {
    const record = failing(2);
    expect(await writeDurably(record.write, { inlineMs: 1000, backgroundMs: 1000 })).toBe(true);
    expect(record.calls()).toBe(3);
  });

  it('answers false when the budget runs out, and goes on writing in the background until it succeeds', async () => {
    const record = failing(4);
    expect(await writeDurably(record.write, { inlineMs: 100, backgroundMs: 10_000 })).toBe(false);
    const callsWhenAnswered = record.calls();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(record.calls()).toBe(5);
    expect(callsWhenAnswered).toBeLessThan(5);
  });

  it('says when the background retries gave up too', async () => {
    const record = failing(1000);
    const gaveUp = new Promise((resolve) => writeDurably(record.write, { inlineMs: 50, backgroundMs: 300, onGiveUp: resolve }));
    expect(await gaveUp).toEqual(new Error('Connection is closed.'));
  });
});
