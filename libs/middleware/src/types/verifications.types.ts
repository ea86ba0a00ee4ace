/** A BIN's issuer data (`POST /v1/verifications/bin`, assumed: Migo documents only the "Verifications" tag). */
export interface BinInfo {
  bin: string;
  brand: string;
  cardType: 'credit' | 'debit' | 'prepaid' | string;
  issuer: string;
  /** ISO 3166-1 alpha-2. */
  issuerCountry: string;
}

/** `POST /v1/verifications/bins` (assumed): each BIN asked once, found or not. */
export interface BinBatchResult {
  found: BinInfo[];
  notFound: string[];
}
