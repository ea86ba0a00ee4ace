import { useWalletSurface } from '#test-support';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

function businessForm(photo: { bytes: Buffer; type: string; name: string } | undefined, bill: { bytes: Buffer; type: string; name: string } | undefined): FormData {
  const form = new FormData();
  if (photo) form.append('businessPhoto', new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name);
  if (bill) form.append('utilityBill', new Blob([new Uint8Array(bill.bytes)], { type: bill.type }), bill.name);
  return form;
}

describe('BFF Wallet surface: routes mirror the Wallet Gateway', () => {
  const stack = useWalletSurface('bff-wallet-routes');

  it('registers users in both modes, with OTP step-up and password reset', async () => {
    const direct = await stack.bff.call('POST', '/v1/wallet/users', {
      body: { firstName: 'Rosa', lastName: 'Tzul', address: 'Zona 4', countryOfBirth: 'GTM', placeOfBirth: 'Xela', gender: 'F', maritalStatus: 'casado', phoneNumber: '+50255551234', username: 'rosa.tzul@example.gt', password: 'Rosa#2026-secret', dateOfBirth: '1994-05-17' },
    });
    expect(direct.status).toBe(201);
    expect(direct.body).toMatchObject({ userId: expect.any(Number), username: 'rosa.tzul@example.gt', role: 'cardholder' });
    expect((await stack.bff.call('GET', `/v1/wallet/users/${direct.body.userId}`)).body).toMatchObject({ firstName: 'Rosa', email: 'rosa.tzul@example.gt' });

    const code = await stack.bff.call('POST', '/v1/wallet/users/invitation-code', { body: { role: 'cashier', branchCode: 'BR-001' } });
    expect(code.status).toBe(201);
    const invited = await stack.bff.call('POST', '/v1/wallet/users', {
      body: { deviceId: 'device-cashier-1', invitationCode: code.body.invitationCode, username: 'cajero@example.gt', password: 'Cajero#2026-secret', confirmPassword: 'Cajero#2026-secret', termsAndConditionsAccepted: true },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ role: 'cashier', branchCode: 'BR-001', partnerId: 'acme' });
    const reused = await stack.bff.call('POST', '/v1/wallet/users', {
      body: { deviceId: 'device-cashier-2', invitationCode: code.body.invitationCode, username: 'otro@example.gt', password: 'Cajero#2026-secret', confirmPassword: 'Cajero#2026-secret' },
    });
    expect(reused.status).toBe(400);
    expect(reused.body.upstream).toMatchObject({ service: 'wallet', code: '7102' });

    expect((await stack.bff.call('POST', '/v1/wallet/users/auth/otp', { body: { email: 'rosa.tzul@example.gt', purpose: 'pin_change' } })).status).toBe(200);
    let otp = (await stack.sim.call('GET', '/__sim/otp/rosa.tzul@example.gt')).body.otp;
    const verified = await stack.bff.call('PUT', '/v1/wallet/users/auth/otp', { body: { email: 'rosa.tzul@example.gt', otp, purpose: 'pin_change' } });
    expect(verified.status).toBe(200);
    expect(verified.body.elevatedToken).toMatch(/^elv_/);

    await stack.bff.call('POST', '/v1/wallet/users/auth/otp', { body: { email: 'rosa.tzul@example.gt', purpose: 'password_reset' } });
    otp = (await stack.sim.call('GET', '/__sim/otp/rosa.tzul@example.gt')).body.otp;
    const reset = await stack.bff.call('POST', '/v1/wallet/users/auth/password/reset', { body: { email: 'rosa.tzul@example.gt', otp, password: 'Rosa#2027-secret', confirmPassword: 'Rosa#2027-secret' } });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ userId: direct.body.userId });
  });

  it('manages permissions', async () => {
    const list = await stack.bff.call('GET', '/v1/wallet/users/permissions');
    expect(list.body.map((p: { action: string }) => p.action)).toContain('checkCvv');
    const defined = await stack.bff.call('POST', '/v1/wallet/users/permissions', { body: { permissions: [{ resource: 'reports', action: 'export' }] } });
    expect(defined.status).toBe(201);
    const permissionId = defined.body[0].permissionId;
    const granted = await stack.bff.call('POST', '/v1/wallet/users/101/permissions', { body: { permissions: [{ roleId: 1, permissionId, granted: true }] } });
    expect(granted.status).toBe(201);
    const revoked = await stack.bff.call('PATCH', '/v1/wallet/users/101/permissions', { body: { permissions: [{ roleId: 1, permissionId, granted: false }] } });
    expect(revoked.status).toBe(200);
    expect(revoked.body.permissions).toEqual([expect.objectContaining({ permissionId, granted: false, resource: 'reports' })]);
  });

  it('issues, links, activates and renames cards, and manages third-party cards', async () => {
    const issued = await stack.bff.call('POST', '/v1/wallet/users/105/cards/virtuals');
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ userId: 105, status: 'inactive', pinSet: false });
    const { cardId } = issued.body;

    const inactive = await stack.bff.call('PATCH', `/v1/wallet/cards/${cardId}/status`, { body: { status: 'active' } });
    expect(inactive.status).toBe(409);
    expect(inactive.body.upstream.code).toBe('7213');
    await stack.bff.call('POST', `/v1/wallet/cards/${cardId}/pin`, { body: { pin: '2468' } });
    expect((await stack.bff.call('PATCH', `/v1/wallet/cards/${cardId}/status`, { body: { status: 'active' } })).body.status).toBe('active');
    expect((await stack.bff.call('PATCH', `/v1/wallet/cards/${cardId}/alias`, { body: { alias: 'Compras' } })).body.alias).toBe('Compras');
    expect((await stack.bff.call('GET', '/v1/wallet/users/105/cards')).body.map((c: { cardId: number }) => c.cardId)).toContain(cardId);

    const link = await stack.bff.call('POST', '/v1/wallet/users/105/linked-cards', { body: { email: 'maria.lopez@example.gt', suffix: '4401', alias: 'María' } });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({ cardId: 5001, maskedPan: '************4401' });
    expect(link.body).not.toHaveProperty('balance');
    const { associationId } = link.body;
    expect((await stack.bff.call('GET', '/v1/wallet/users/105/linked-cards')).body).toHaveLength(1);
    expect((await stack.bff.call('PATCH', `/v1/wallet/users/105/linked-cards/${associationId}`, { body: { alias: 'Mamá' } })).body.alias).toBe('Mamá');
    expect((await stack.bff.call('DELETE', `/v1/wallet/users/105/linked-cards/${associationId}`)).body).toEqual({ associationId, deleted: true });
    expect((await stack.bff.call('GET', '/v1/wallet/users/105/linked-cards')).body).toEqual([]);
  });

  it('moves money and reads it back', async () => {
    const loaded = await stack.bff.call('POST', '/v1/wallet/cards/5002/funds', { body: { amount: 100.25, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'TOPUP-1', customKeys: { campaign: 'abril' } } });
    expect(loaded.status).toBe(200);
    expect(loaded.body).toMatchObject({ operation: 'ADD_FUNDS', amount: 100.25, balance: 400.25, customKeys: { campaign: 'abril' } });
    const adjusted = await stack.bff.call('PUT', '/v1/wallet/cards/5002/funds', { body: { amount: 0.25, operation: 'WITHDRAW_FUNDS', reference: 'ADJ-1', observations: 'rounding' } });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body).toMatchObject({ balance: 400, description: 'rounding' });

    const transfer = await stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: { fromCardId: 5002, toCardId: 5001, amount: 50, observations: 'cena' } });
    expect(transfer.status).toBe(201);
    expect(transfer.body).toMatchObject({ fromCardId: 5002, toCardId: 5001, amount: 50, status: 'approved' });
    expect((await stack.bff.call('GET', `/v1/wallet/card-transfers/${transfer.body.id}`)).body).toMatchObject({ id: transfer.body.id, observations: 'cena' });
    const now = new Date();
    const feed = await stack.bff.call('GET', `/v1/wallet/cards/5002/transfers/${now.getUTCMonth() + 1}/${now.getUTCFullYear()}`);
    expect(feed.body.slice(0, 3).map((m: { type: string }) => m.type)).toEqual(['TRANSFER_OUT', 'WITHDRAW_FUNDS', 'ADD_FUNDS']);

    const types = await stack.bff.call('POST', '/v1/wallet/card-transfers/types', { body: { types: [{ type: 'topUp', channel: 'webService', movementType: 'credit', model: 'settlement', name: 'Recarga' }] } });
    expect(types.status).toBe(201);
    expect(types.body[0]).toMatchObject({ id: expect.any(Number), type: 'topUp' });
  });

  it('creates, reads and cancels a terminal payment, and manages terminals', async () => {
    const payment = await stack.bff.call('POST', '/v1/wallet/terminal-payment', { body: { subtotal: 25.5, deviceId: 'device-abc123', additionalData: { table: 4 } } });
    expect(payment.status).toBe(202);
    expect(payment.body.upstream).toMatchObject({ terminalId: 1, subtotal: '25.5', status: 'created', currency: 'GTQ' });
    const paymentId = payment.body.upstream.id;
    expect(payment.body.job).toMatchObject({ type: 'wallet.terminal-payment', state: 'queued', upstream: { service: 'wallet', id: String(paymentId) } });
    expect((await stack.bff.call('GET', `/v1/wallet/terminal-payment/${paymentId}`)).body.id).toBe(paymentId);
    const cancelled = await stack.bff.call('PATCH', `/v1/wallet/terminal-payment/${paymentId}`, { body: { status: 'cancelled' } });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const unknown = await stack.bff.call('GET', '/v1/wallet/terminal-payment/9999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.upstream.code).toBe('7602');

    expect((await stack.bff.call('GET', '/v1/wallet/devices/users/101/terminals/device-abc123')).body).toMatchObject({ terminalId: 1, branchCode: 'BR-001' });
    expect((await stack.bff.call('GET', '/v1/wallet/businesses/users/101/terminals/device-abc123')).body.terminalId).toBe(1);
    const history = await stack.bff.call('GET', '/v1/wallet/devices/device-abc123/transactions');
    expect(history.body.map((p: { id: number }) => p.id)).toContain(paymentId);
    expect((await stack.bff.call('GET', '/v1/wallet/devices/device-abc123/transactions/1')).body.id).toBe(1);

    const updated = await stack.bff.call('PATCH', '/v1/wallet/businesses/terminals/device-def456', { body: { isActive: false, terminalType: 'mpos' } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ isActive: false, terminalType: 'mpos' });
    expect((await stack.bff.call('DELETE', '/v1/wallet/businesses/terminals/device-def456')).body).toMatchObject({ deviceId: 'device-def456', deleted: true });
    expect((await stack.bff.call('GET', '/v1/wallet/devices/device-def456/transactions')).status).toBe(404);
  });

  it('requests a statement and streams its PDF once it is ready', async () => {
    await stack.sim.call('PATCH', '/__sim/config', { body: { statementReadyMs: 100 } });
    const now = new Date();
    const accepted = await stack.bff.call('POST', '/v1/wallet/cards/5001/statements', { body: { month: now.getUTCMonth() + 1, year: now.getUTCFullYear() } });
    expect(accepted.status).toBe(202);
    expect(accepted.body.upstream).toMatchObject({ cardId: 5001, status: 'processing', reference: expect.stringMatching(/^stm_/) });
    expect(accepted.body.job).toMatchObject({ type: 'wallet.statement', state: 'queued', upstream: { service: 'wallet', id: `5001/${accepted.body.upstream.reference}` } });
    expect(accepted.headers.get('location')).toBe(accepted.body.job.links.self);
    const { reference } = accepted.body.upstream;

    const early = await stack.bff.call('GET', `/v1/wallet/cards/5001/statements/${reference}/file`);
    expect(early.status).toBe(409);
    expect(early.body.upstream.code).toBe('7401');

    let status: { status: string } = accepted.body.upstream;
    for (let i = 0; i < 40 && status.status !== 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = (await stack.bff.call('GET', `/v1/wallet/cards/5001/statements/${reference}`)).body;
    }
    expect(status).toMatchObject({ status: 'ready', readyAt: expect.any(String) });

    const response = await fetch(`${stack.bff.url}/v1/wallet/cards/5001/statements/${reference}/file`, { headers: { authorization: 'Bearer test-key-reader-0002' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="statement-5001-\d{4}-\d{2}\.pdf"$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(response.headers.get('content-length'))).toBe(pdf.length);
  });

  it('creates a lead (201, plus the job that follows its approval) and reads a lead file through', async () => {
    const lead = await stack.bff.call('POST', '/v1/wallet/leads', {
      headers: { 'x-merchant-id': 'merchant-77' },
      body: { firstName: 'Ana', lastName: 'Paz', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Ana', partner: 'acme', paymentMethods: [{ slug: 'akisiQR', acquirerSlug: 'akisi' }] },
    });
    expect(lead.status).toBe(201);
    expect(lead.body).toEqual({ _id: expect.any(String), invitationCode: expect.any(String), job: expect.objectContaining({ type: 'wallet.lead', partnerId: 'acme', upstream: { service: 'wallet', id: lead.body._id } }) });

    const file = await fetch(`${stack.bff.url}/v1/wallet/leads/files/upload/identification.pdf`, { method: 'POST', headers: { authorization: 'Bearer test-key-reader-0002' } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe('inline; filename="identification.pdf"');
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const missing = await stack.bff.call('POST', '/v1/wallet/leads/files/upload/nothing.pdf');
    expect(missing.status).toBe(404);
    expect(missing.body.upstream.code).toBe('7603');
  });

  it('re-sends the two business files as a new form and lists the signed links', async () => {
    const uploaded = await stack.bff.call('POST', '/v1/wallet/businesses/3001/files', {
      raw: businessForm({ bytes: PNG, type: 'image/png', name: 'front.png' }, { bytes: PDF, type: 'application/pdf', name: 'bill.pdf' }),
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.files).toEqual([
      expect.objectContaining({ name: 'businessPhoto', fileName: 'front.png', mimeType: 'image/png', size: PNG.length }),
      expect.objectContaining({ name: 'utilityBill', fileName: 'bill.pdf', mimeType: 'application/pdf', size: PDF.length }),
    ]);
    const docs = await stack.bff.call('GET', '/v1/wallet/businesses/3001/docs');
    expect(docs.body.map((d: { name: string }) => d.name).sort()).toEqual(['businessPhoto', 'utilityBill']);
    expect((await fetch(docs.body[0].url)).status).toBe(200);
  });

  it('refuses a missing, mislabelled or extra business file before Migo', async () => {
    const missing = await stack.bff.call('POST', '/v1/wallet/businesses/3001/files', { raw: businessForm({ bytes: PNG, type: 'image/png', name: 'front.png' }, undefined) });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'utilityBill', message: expect.any(String) }]);
    // A PDF sent as the photo, labelled image/png: the content decides.
    const mislabelled = await stack.bff.call('POST', '/v1/wallet/businesses/3001/files', { raw: businessForm({ bytes: PDF, type: 'image/png', name: 'front.png' }, { bytes: PDF, type: 'application/pdf', name: 'bill.pdf' }) });
    expect(mislabelled.status).toBe(415);
    const extra = businessForm({ bytes: PNG, type: 'image/png', name: 'front.png' }, { bytes: PDF, type: 'application/pdf', name: 'bill.pdf' });
    extra.append('utilityBill', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'bill-2.pdf');
    expect((await stack.bff.call('POST', '/v1/wallet/businesses/3001/files', { raw: extra })).status).toBe(400);
    const withText = businessForm({ bytes: PNG, type: 'image/png', name: 'front.png' }, { bytes: PDF, type: 'application/pdf', name: 'bill.pdf' });
    withText.append('note', 'hello');
    const text = await stack.bff.call('POST', '/v1/wallet/businesses/3001/files', { raw: withText });
    expect(text.status).toBe(400);
    expect(text.body.errors).toEqual([{ field: 'note', message: expect.any(String) }]);
    expect(await stack.upstreamCalls('POST /rest/businesses/:commerceId/files')).toBe(0);
  });
});
