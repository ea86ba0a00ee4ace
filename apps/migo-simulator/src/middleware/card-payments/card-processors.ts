/** Card processors that support refunds (Migo's refunds page). */
const REFUNDABLE = new Set([
  'fac', 'fac-2', 'openpay', 'visa-cybersource', 'visa-epay', 'paypal', 'mercadoPago', 'paymentez', 'adyen', 'serfinsa',
  'ridivi-v2', 'zigi', 't1pagos', 'azul', 'applePayFac', 'applePayT1', 'applePayCyber', 'googlePayCyber',
]);

/** Card processors that support only a revert (void). */
const REVERT_ONLY = new Set(['globalPay', 'epay']);

export function isCardProcessor(processor: string): boolean {
  return REFUNDABLE.has(processor) || REVERT_ONLY.has(processor);
}

export function supportsRefund(processor: string): boolean {
  return REFUNDABLE.has(processor);
}
