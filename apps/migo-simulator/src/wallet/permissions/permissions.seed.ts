/** Migo's `CardPermissionType` values (the docs' list is cut off after `activation`), as `{resource:'cards', action}`. */
export const SEED_CARD_PERMISSIONS: ReadonlyArray<{ action: string; description: string }> = [
  { action: 'checkCard', description: 'View the card details.' },
  { action: 'checkCvv', description: 'Request a CVV view token.' },
  { action: 'updateAlias', description: 'Rename the card.' },
  { action: 'updateStatus', description: 'Block or unblock the card.' },
  { action: 'assignPIN', description: 'Set the card PIN.' },
  { action: 'getCards', description: 'List the cards.' },
  { action: 'getAllTransfersByDate', description: 'List the card movements of a month.' },
  { action: 'transferBetweenCards', description: 'Transfer between cards.' },
  { action: 'activation', description: 'Activate the card.' },
];

/** Roles a grant can name; the same three roles invitation codes carry. */
export const SEED_ROLES: ReadonlyArray<{ roleId: number; name: string }> = [
  { roleId: 1, name: 'admin' },
  { roleId: 2, name: 'cashier' },
  { roleId: 3, name: 'cardholder' },
];
