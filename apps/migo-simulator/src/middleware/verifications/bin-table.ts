/** What the simulated Middleware knows of a BIN (an assumed shape: Migo documents only the "Verifications" tag). */
export interface BinInfo {
  bin: string;
  brand: string;
  cardType: 'credit' | 'debit' | 'prepaid';
  issuer: string;
  /** ISO 3166-1 alpha-2. */
  issuerCountry: string;
}

type BinRange = Omit<BinInfo, 'bin'> & { prefix: string };

/** A small issuer table: 6-digit ranges and 8-digit ones (the ISO 7812 length since 2022). */
const RANGES: readonly BinRange[] = [
  { prefix: '411111', brand: 'visa', cardType: 'credit', issuer: 'Banco Industrial', issuerCountry: 'GT' },
  { prefix: '401288', brand: 'visa', cardType: 'debit', issuer: 'Banco G&T Continental', issuerCountry: 'GT' },
  { prefix: '457173', brand: 'visa', cardType: 'prepaid', issuer: 'Banrural', issuerCountry: 'GT' },
  { prefix: '522222', brand: 'mastercard', cardType: 'debit', issuer: 'Banco Agromercantil', issuerCountry: 'GT' },
  { prefix: '378282', brand: 'amex', cardType: 'credit', issuer: 'American Express', issuerCountry: 'US' },
  { prefix: '42424242', brand: 'visa', cardType: 'credit', issuer: 'Chase Bank', issuerCountry: 'US' },
  { prefix: '55555544', brand: 'mastercard', cardType: 'credit', issuer: 'BAC Credomatic', issuerCountry: 'SV' },
  { prefix: '60110009', brand: 'discover', cardType: 'prepaid', issuer: 'Discover Bank', issuerCountry: 'US' },
];

/**
 * The range a 6–8 digit BIN falls in: the longest known prefix of it that is no longer than the BIN itself (an 8-digit
 * BIN finds its 6-digit range; a 6-digit one does not find an 8-digit range, which it does not determine).
 */
export function findBin(bin: string): BinInfo | undefined {
  let best: BinRange | undefined;
  for (const range of RANGES) {
    if (bin.startsWith(range.prefix) && (!best || range.prefix.length > best.prefix.length)) best = range;
  }
  if (!best) return undefined;
  const { prefix: _prefix, ...info } = best;
  return { bin, ...info };
}
