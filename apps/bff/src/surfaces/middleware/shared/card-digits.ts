/** A BIN: the leading 6 to 8 digits of a card number. */
export const BIN_PATTERN = /^\d{6,8}$/;

/**
 * The BIN sent on for a card number: its leading 8 digits when it has 16 or more, else 6 — the most of a PAN that PCI
 * DSS lets be shown or kept (8 only for 16-digit PANs and longer). The rest of the number goes nowhere.
 */
export function binOfCardNumber(cardNumber: string): string {
  return cardNumber.slice(0, cardNumber.length >= 16 ? 8 : 6);
}
