/** `count` valid cardholder rows for a CMS upload, on cards `firstCard`… (the simulator knows the cards 5001–5140). */
export function cardholderRows(count: number, firstCard: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `E2E${i}`,
    lastName: 'Proceso',
    address: 'Zona 14',
    countryOfBirth: 'GT',
    dateOfBirth: '1991-02-03',
    maritalStatus: 'casado',
    gender: 'M',
    phoneNumber: `5025570${1000 + i}`,
    email: `e2e.${firstCard}.${i}@example.gt`,
    documentType: 'DPI',
    documentNumber: `${4000000000000 + firstCard * 100 + i}`,
    cardId: firstCard + i,
  }));
}
