import { ProblemError } from '#common';
import { IdParamPipe } from './id-param.pipe.js';

describe('IdParamPipe', () => {
  const pipe = new IdParamPipe();
  const meta = { type: 'param' as const, data: 'cardId' };

  it.each([['1', 1], ['5001', 5001], ['9007199254740991', 9007199254740991]])('accepts %s', (raw, id) => {
    expect(pipe.transform(raw, meta)).toBe(id);
  });

  it.each(['0', '-5', '1e3', '12abc', '0012', '', ' 7', '99999999999999999'])('refuses %p with a field error', (raw) => {
    expect(() => pipe.transform(raw, meta)).toThrow(ProblemError);
    try {
      pipe.transform(raw, meta);
    } catch (error) {
      expect((error as ProblemError).problem).toMatchObject({ status: 400, errors: [{ field: 'cardId' }] });
    }
  });
});
