/**
 * Wallet Gateway and CMS business codes (strings "7000"–"8099") and the HTTP status Migo derives from them.
 * Codes and messages 7000–7014, 7100, 7200, 7205, 7210, 7213, 7220, 7221, 7300, 7301, 7303 are from Migo's docs;
 * the 80xx auth/OTP codes and the HTTP class of the 71xx–73xx codes are the simulator's assumptions
 * (docs/upstream-assumptions.md, "Error codes").
 */
export interface BusinessCode {
  code: string;
  name: string;
  message: string;
}

const catalogue: BusinessCode[] = [
  { code: '7000', name: 'CHECK_PARAMETERS', message: 'Check the parameters provided.' },
  { code: '7001', name: 'GREATER_THAN_ZERO', message: 'The amount must be greater than zero.' },
  { code: '7002', name: 'INVALID_FORMAT_AMOUNT', message: 'Invalid amount format.' },
  { code: '7003', name: 'CONSULT_WITH_SUPPORT', message: 'Please contact support for assistance.' },
  { code: '7004', name: 'SERVICES_NOT_FOUND', message: 'Required services not found.' },
  { code: '7005', name: 'PROCESSOR_NOT_FOUND', message: 'Payment processor not found.' },
  { code: '7006', name: 'EXTERNAL_ID_ALREADY_EXISTS', message: 'External ID already exists.' },
  { code: '7007', name: 'ERROR_GETTING_ACTIONS', message: 'Error retrieving actions.' },
  { code: '7008', name: 'ERROR_DATE_RTU', message: 'The RTU date must be within the last 6 months.' },
  { code: '7009', name: 'ERROR_CAN_INVOICE_PARAM', message: 'Error with invoice parameters.' },
  { code: '7010', name: 'NOT_FOUND', message: 'Not found, verify endpoint' },
  { code: '7011', name: 'ERROR_CREATE_TERMINAL_PROCESSOR', message: 'Error creating terminal processor.' },
  { code: '7012', name: 'ERROR_UPDATE_TERMINAL_PROCESSOR', message: 'Error updating terminal processor.' },
  { code: '7013', name: 'TERMINAL_PROCESSOR_NOT_FOUND', message: 'Terminal processor not found' },
  { code: '7014', name: 'TERMINAL_PROCESSOR_EMPTY', message: 'The terminal has no terminal processor.' },
  { code: '7100', name: 'USER_NOT_FOUND', message: 'User not found in the system.' },
  { code: '7101', name: 'USER_ALREADY_EXISTS', message: 'User already exists.' },
  { code: '7102', name: 'INVALID_INVITATION_CODE', message: 'Invalid invitation code.' },
  { code: '7200', name: 'CARD_NOT_FOUND', message: 'Card not found in the system.' },
  { code: '7201', name: 'CARD_ALREADY_ASSIGNED', message: 'Card is already assigned.' },
  { code: '7205', name: 'INCORRECT_PIN', message: 'Incorrect PIN.' },
  { code: '7210', name: 'CARD_NOT_UPDATED', message: 'Card not updated.' },
  { code: '7213', name: 'INVALID_STATUS_CARD', message: 'The card status does not allow this operation.' },
  { code: '7220', name: 'THIRD_PARTY_CARD_NOT_FOUND', message: 'Third party card not found.' },
  { code: '7221', name: 'ERROR_CREATING_THIRD_PARTY_CARD', message: 'Error creating third party card.' },
  { code: '7300', name: 'ERROR_CREATING_TRANSFER', message: 'Error creating transfer.' },
  { code: '7301', name: 'ERROR_UPDATING_TRANSFER', message: 'Error updating transfer.' },
  { code: '7302', name: 'TRANSFER_NOT_FOUND', message: 'Transfer not found.' },
  { code: '7303', name: 'INSUFFICIENT_FUNDS', message: 'Insufficient funds.' },
  { code: '7304', name: 'CURRENCY_MISMATCH', message: 'Currency does not match the card currency.' },
  { code: '7400', name: 'STATEMENT_NOT_FOUND', message: 'Statement not found.' },
  { code: '7401', name: 'STATEMENT_NOT_READY', message: 'Statement is not ready yet.' },
  { code: '7500', name: 'PARTNER_NOT_FOUND', message: 'Partner not found.' },
  { code: '7501', name: 'CARDHOLDER_NOT_FOUND', message: 'Cardholder not found.' },
  { code: '7502', name: 'BATCH_NOT_FOUND', message: 'Batch not found.' },
  { code: '7503', name: 'INVALID_FILE', message: 'Only .xlsx files are accepted.' },
  { code: '7504', name: 'PROCESS_REQUEST_NOT_FOUND', message: 'Process request not found.' },
  { code: '7505', name: 'CARDHOLDER_ALREADY_EXISTS', message: 'A cardholder with this document already exists.' },
  { code: '7506', name: 'CARDHOLDER_ALREADY_CLOSED', message: 'The cardholder is already closed.' },
  { code: '7507', name: 'PROCESS_REQUEST_NOT_PENDING', message: 'Only a pending process request can be approved or rejected.' },
  { code: '7508', name: 'PERMISSION_ALREADY_EXISTS', message: 'A permission with this resource and action already exists.' },
  { code: '7509', name: 'PERMISSION_NOT_FOUND', message: 'Permission not found.' },
  { code: '7510', name: 'CMS_USER_NOT_FOUND', message: 'CMS user not found.' },
  { code: '7511', name: 'BATCH_NOT_FINISHED', message: 'The batch is still being processed.' },
  { code: '7600', name: 'LEAD_NOT_FOUND', message: 'Lead not found.' },
  { code: '7601', name: 'TERMINAL_NOT_FOUND', message: 'Terminal not found.' },
  { code: '7602', name: 'TERMINAL_PAYMENT_NOT_FOUND', message: 'Terminal payment not found.' },
  { code: '7603', name: 'FILE_NOT_FOUND', message: 'File not found.' },
  { code: '7604', name: 'CONFIG_NOT_FOUND', message: 'Application configuration not found.' },
  { code: '7605', name: 'BUSINESS_NOT_FOUND', message: 'Business not found.' },
  { code: '7606', name: 'BRANCH_NOT_FOUND', message: 'Branch not found.' },
  { code: '7607', name: 'LINKED_CARD_ALREADY_EXISTS', message: 'This card is already linked to the user.' },
  { code: '7608', name: 'TERMINAL_INACTIVE', message: 'The terminal is not active.' },
  { code: '7700', name: 'SETTLEMENT_NOT_FOUND', message: 'Settlement not found.' },
  { code: '8000', name: 'UNAUTHORIZED', message: 'Invalid or missing token.' },
  { code: '8001', name: 'TOKEN_EXPIRED', message: 'Token expired.' },
  { code: '8002', name: 'INVALID_SIGNATURE', message: 'Invalid signature.' },
  { code: '8003', name: 'INVALID_REFRESH_TOKEN', message: 'Invalid or already used refresh token.' },
  { code: '8004', name: 'INVALID_CREDENTIALS', message: 'Invalid email or password.' },
  { code: '8005', name: 'FORBIDDEN', message: 'You do not have access to this resource.' },
  { code: '8006', name: 'OTP_REQUIRED', message: 'OTP verification required for this operation.' },
  { code: '8007', name: 'OTP_INVALID', message: 'Invalid or expired OTP.' },
  { code: '8008', name: 'MISSING_APPLICATION_ID', message: 'The applicationId header is required.' },
  { code: '8009', name: 'MISSING_PERMISSION', message: 'The application lacks the permission for this operation.' },
];

export const BUSINESS_CODES: ReadonlyMap<string, BusinessCode> = new Map(catalogue.map((c) => [c.code, c]));

/**
 * Migo tests the code against these sets in this order and answers the first match; a code in no set is a 500.
 * Sets for 7000–7014 are documented; the rest are the simulator's choice.
 */
const STATUS_CLASSES: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [
  [500, new Set(['7003', '7007', '7008', '7009', '7011', '7012', '7221', '7300', '7301'])],
  [404, new Set(['7004', '7005', '7010', '7013', '7014', '7100', '7200', '7220', '7302', '7400', '7500', '7501', '7502', '7504', '7600', '7601', '7602', '7603', '7604', '7605', '7606', '7509', '7510', '7700'])],
  [400, new Set(['7000', '7001', '7002', '7102', '7205', '7304', '7503', '8008'])],
  [401, new Set(['8000', '8001', '8002', '8003', '8004'])],
  [403, new Set(['8005', '8006', '8007', '8009'])],
  [409, new Set(['7006', '7101', '7201', '7210', '7213', '7303', '7401', '7505', '7607', '7608', '7506', '7507', '7508', '7511'])],
];

export function httpStatusForCode(code: string): number {
  for (const [status, codes] of STATUS_CLASSES) if (codes.has(code)) return status;
  return 500;
}

export type BusinessCodeName = (typeof catalogue)[number]['name'];

export function codeByName(name: string): BusinessCode {
  const found = catalogue.find((c) => c.name === name);
  if (!found) throw new Error(`Unknown business code name ${name}`);
  return found;
}
