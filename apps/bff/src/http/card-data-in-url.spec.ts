import { cardDataInQuery } from './card-data-in-url.js';

describe('card data in a query string', () => {
  it('finds card-named parameters whatever their value, a bin longer than 8 digits, and a PAN as a parameter name', () => {
    for (const url of [
      '/v1/middleware/bins/lookup?cardNumber=4111111111111111',
      '/x?card_number=1',
      '/x?PAN=',
      '/x?a=1&cvv=123',
      '/v1/middleware/bins/lookup?bin=4111111111111111',
      '/x?bin=4111%201111%2011',
      '/x?4111111111111111',
      '/x?4111-1111-1111-1111=x',
    ]) {
      expect(cardDataInQuery(url)).toBe(true);
    }
  });

  it('leaves other queries alone, long numbers in other parameters included (a DPI, a timestamp)', () => {
    for (const url of ['/x', '/x?', '/v1/middleware/suspensions?client=acme&page=2', '/x?bin=41111111', '/x?documentNumber=2345678900108&since=1733400000000', '/v1/cards/4111111111111111']) {
      expect(cardDataInQuery(url)).toBe(false);
    }
  });
});
