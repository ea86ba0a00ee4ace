/** Query parameter names only card data goes by (compared lower-case without `-`/`_`). */
const CARD_PARAMETERS = new Set(['pan', 'card', 'cardnumber', 'cvv', 'cvc', 'cvv2', 'pin']);

const digitsOf = (text: string) => text.replace(/[\s-]/g, '');

/**
 * Whether a request's query string carries card data, which must never travel in a URL (proxies and access logs keep
 * URLs): a card-named parameter whatever its value, a `bin` longer than a BIN's 8 digits, or a parameter named by a
 * 12+ digit run. Other parameters are not judged by their digits: a DPI or a timestamp is as long as a PAN.
 */
export function cardDataInQuery(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0) return false;
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    const key = name.replace(/[-_]/g, '').toLowerCase();
    if (CARD_PARAMETERS.has(key) || /\d{12}/.test(digitsOf(name))) return true;
    if (key === 'bin' && /\d{9}/.test(digitsOf(value))) return true;
  }
  return false;
}
