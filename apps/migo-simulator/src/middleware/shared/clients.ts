import { SEED_PARTNERS } from '../../state/demo-world.js';
import { mwErrors } from './mw-errors.js';

export interface MiddlewareClient {
  slug: string;
  currency: string;
  /** Alternative-payment rails enabled for the client (`clientConfig.processors` ∩ the platform's), in Migo's order. */
  apmProcessors: readonly string[];
  /** The merchant's min/max for an alternative-payment transaction, in the client's currency. */
  apmMinAmount: number;
  apmMaxAmount: number;
  /** The card processor that settles the client's payment links (needed by revert/refund). */
  cardProcessor: string;
}

/** Per-client Middleware configuration for the seeded partners (acme, globex, initech). */
const CONFIG: Record<string, Omit<MiddlewareClient, 'slug' | 'currency'>> = {
  acme: { apmProcessors: ['zigi', 'akisiQR', 'bancoIndustrial', 'quickPayQR', 'bamPaymentButton', 'pronet', 'fri'], apmMinAmount: 1, apmMaxAmount: 50000, cardProcessor: 'fac-2' },
  globex: { apmProcessors: ['nequi', 'globalPay-PSE'], apmMinAmount: 1, apmMaxAmount: 10000, cardProcessor: 'visa-cybersource' },
  initech: { apmProcessors: ['quickPayQR'], apmMinAmount: 1, apmMaxAmount: 25000, cardProcessor: 'globalPay' },
};

const CLIENTS: ReadonlyMap<string, MiddlewareClient> = new Map(
  SEED_PARTNERS.map((p) => [p.middlewareClient, { slug: p.middlewareClient, currency: p.currency, ...CONFIG[p.middlewareClient] }]),
);

export function findClient(slug: string | undefined): MiddlewareClient | undefined {
  return slug === undefined ? undefined : CLIENTS.get(slug);
}

/** The client named by a request; an unknown slug is 404 / 2001. */
export function requireClient(slug: string): MiddlewareClient {
  const client = findClient(slug);
  if (!client) throw mwErrors.clientNotFound(slug);
  return client;
}
