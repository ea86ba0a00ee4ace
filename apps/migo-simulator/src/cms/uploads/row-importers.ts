import { MigoBusinessError } from '../../core/sim-errors.js';
import type { SeedPartner } from '../../state/demo-world.js';
import type { Ledger } from '../../state/ledger.js';
import { CreateCardholderBody } from '../cardholders/cardholder.dto.js';
import type { CardholderStore } from '../cardholders/cardholder-store.js';
import type { RowProcessor } from './batch-store.js';
import { IssueCardRow } from './card-row.dto.js';
import { rowErrorOf, validateRow } from './row-validation.js';
import type { SheetRow } from './xlsx-sheet.js';

/** Migo's documented header row of the cardholder upload (the fields of the single create). */
export const CARDHOLDER_COLUMNS = ['name', 'lastName', 'address', 'countryOfBirth', 'dateOfBirth', 'maritalStatus', 'gender', 'phoneNumber', 'email', 'documentType', 'documentNumber', 'cardId'] as const;

const CARDHOLDER_FIELD_BY_CODE: Record<string, string> = { '7200': 'cardId', '7201': 'cardId', '7505': 'documentNumber', '7101': 'email' };

/** A cardholder row goes through the single create's DTO rules and CardholderStore.create. */
export function cardholderRow(store: CardholderStore, partnerId: string, row: SheetRow): RowProcessor {
  return () => {
    const input = validateRow(CreateCardholderBody, row);
    if (!input.ok) return { status: 'failed', errors: input.errors };
    try {
      return { status: 'created', cardholderId: store.create(partnerId, input.value).id };
    } catch (error) {
      return { status: 'failed', errors: [rowErrorOf(error, CARDHOLDER_FIELD_BY_CODE)] };
    }
  };
}

/** A card row issues an unassigned inventory card to the partner, in the partner's currency. */
export function cardRow(ledger: Ledger, partner: SeedPartner, row: SheetRow): RowProcessor {
  return () => {
    const input = validateRow(IssueCardRow, row);
    if (!input.ok) return { status: 'failed', errors: input.errors };
    try {
      if (input.value.currency !== partner.currency) {
        throw MigoBusinessError.named('CURRENCY_MISMATCH', `currency must be the partner's currency (${partner.currency}).`);
      }
      return { status: 'created', cardId: ledger.issueCard({ partnerId: partner.partnerId, currency: partner.currency, alias: input.value.alias }).cardId };
    } catch (error) {
      return { status: 'failed', errors: [rowErrorOf(error, { '7304': 'currency' })] };
    }
  };
}
