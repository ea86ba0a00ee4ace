/** Enumerations Migo's DTOs share (CMS cardholder lists; the Wallet registration and leads use the same values). */
export const GENDERS = ['F', 'M', 'OTHER'] as const;
export const MARITAL_STATUSES = ['soltero', 'casado', 'viudo', 'divorciado', 'separado'] as const;

/** Migo's CardTransfersStatus (terminal payments may be PATCHed to any of them). */
export const CARD_TRANSFER_STATUSES = ['created', 'approved', 'processed', 'denied', 'reversed', 'refunded', 'cancelled', 'in_progress', 'liquidated'] as const;
