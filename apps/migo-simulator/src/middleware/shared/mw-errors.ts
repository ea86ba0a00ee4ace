import { MiddlewareError } from '../../core/sim-errors.js';

/**
 * The Middleware's errors, rendered `{success:false, ownCode, message}`. Migo documents only 2000 (404 transaction),
 * 4020 (409 status not eligible), 4021 (405 no cancel hook) and 5000 (400); every other ownCode here is the
 * simulator's choice (docs/drafts/assumptions-middleware.md).
 */
export const mwErrors = {
  unauthorized: (message = 'Unauthorized') => new MiddlewareError(401, 1001, message),
  invalid: (message: string) => new MiddlewareError(400, 5000, message),
  amountOutOfRange: (message: string) => new MiddlewareError(400, 5001, message),
  processorNotEnabled: (processor: string) => new MiddlewareError(400, 4001, `Processor ${processor} is not enabled for this transaction.`),
  transactionNotFound: () => new MiddlewareError(404, 2000, 'Transaction not found.'),
  clientNotFound: (client: string) => new MiddlewareError(404, 2001, `Client ${client} not found.`),
  planNotFound: () => new MiddlewareError(404, 2002, 'Plan not found.'),
  subscriptionNotFound: () => new MiddlewareError(404, 2003, 'Subscription not found.'),
  paymentMethodNotFound: () => new MiddlewareError(404, 2004, 'Payment method not found.'),
  cardNotFound: () => new MiddlewareError(404, 2005, 'Card not found.'),
  binNotFound: () => new MiddlewareError(404, 2006, 'BIN not found.'),
  suspensionNotFound: () => new MiddlewareError(404, 2007, 'Suspension entry not found.'),
  notEligible: (message: string) => new MiddlewareError(409, 4020, message),
  noCancelHook: (processor: string) => new MiddlewareError(405, 4021, `Processor ${processor} has no cancel hook.`),
  refundNotSupported: (processor: string) => new MiddlewareError(405, 4022, `Processor ${processor} supports revert only, not refunds.`),
  processorNotInPlan: (processor: string) => new MiddlewareError(405, 4023, `Processor ${processor} is not allowed by the plan.`),
  cardDeclined: () => new MiddlewareError(422, 4030, 'The card could not be verified.'),
  cardExpired: () => new MiddlewareError(422, 4031, 'The card is expired.'),
  externalIdExists: () => new MiddlewareError(409, 7006, 'External ID already exists.'),
};
