import { ProblemError, ProblemType } from '#common';
import type { CardInfo } from '#middleware';

/** The card data that puts a deployment in full PCI scope (SAQ-D) when it passes through: the PAN and the CVV. */
const RAW_CARD_FIELDS = ['cardNumber', 'cvv'] as const satisfies ReadonlyArray<keyof CardInfo>;

/**
 * Migo documents verify-card's `cardInfo` as card data tokenized by the processor: the BFF takes that form, and raw
 * card data only when ALLOW_RAW_CARD_DATA is on. The refusal names the fields, never their values.
 */
export function refuseRawCardData(cardInfo: CardInfo, allowed: boolean): void {
  if (allowed) return;
  const present = RAW_CARD_FIELDS.filter((field) => cardInfo[field] !== undefined);
  if (present.length === 0) return;
  throw ProblemError.of(
    400,
    ProblemType.validation,
    'Raw card data not accepted',
    'This BFF takes card data tokenized by the processor (cardInfo.token and cardInfo.last4); a card number or CVV is refused unless ALLOW_RAW_CARD_DATA is on',
    { errors: present.map((field) => ({ field: `cardInfo.${field}`, message: `cardInfo.${field} is raw card data: send the processor's token instead` })) },
  );
}
