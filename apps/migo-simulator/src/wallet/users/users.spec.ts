import { useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway users, invitation codes, OTP and permissions (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api } = session;

  const direct = {
    firstName: 'Rosa',
    lastName: 'Ixcot',
    address: 'Zona 4, Mixco',
    countryOfBirth: 'GTM',
    placeOfBirth: 'Mixco',
    gender: 'F',
    maritalStatus: 'soltero',
    phoneNumber: '+50255550199',
    username: 'rosa.ixcot@example.gt',
    password: 'S3cret-Password',
    dateOfBirth: '1995-02-14',
  };

  it('registers a user in direct mode without ever answering the password', async () => {
    const { status, body } = await api('POST', '/users', direct, { 'x-application-id': 'app_migo_demo' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ success: true, data: { username: 'rosa.ixcot@example.gt', email: 'rosa.ixcot@example.gt', role: 'cardholder' } });
    expect(body.data.userId).toBeGreaterThan(1000);
    expect(JSON.stringify(body)).not.toContain('S3cret-Password');
    expect(JSON.stringify(body)).not.toContain('scrypt');
    const read = await api('GET', `/users/${body.data.userId}`);
    expect(read.body.data).toMatchObject({ userId: body.data.userId, firstName: 'Rosa', profile: { gender: 'F', placeOfBirth: 'Mixco' } });
    expect(JSON.stringify(read.body)).not.toContain('S3cret-Password');
  });

  it('refuses a duplicate username (409 / 7101) and an invalid direct body (400 / 7000)', async () => {
    expect((await api('POST', '/users', direct)).status).toBe(201);
    const duplicate = await api('POST', '/users', { ...direct, username: 'ROSA.IXCOT@example.gt' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].code).toBe('7101');
    const invalid = await api('POST', '/users', { ...direct, username: 'other@example.gt', gender: 'X', maritalStatus: 'single' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { code: string }) => e.code)).toEqual(['7000', '7000']);
  });

  it('answers 404 / 7100 for an unknown user and 400 / 7000 for a non-numeric id', async () => {
    expect((await api('GET', '/users/999999')).body.errors[0].code).toBe('7100');
    const bad = await api('GET', '/users/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].code).toBe('7000');
  });

  it('uses an invitation code once, and checks confirmPassword first', async () => {
    const created = await api('POST', '/users/invitation-code', { role: 'cashier', branchCode: 'BR-001' });
    expect(created.status).toBe(201);
    const invitationCode = created.body.data.invitationCode;
    expect(invitationCode).toMatch(/^[0-9A-Z]{7}$/);
    const registration = { deviceId: 'device-cashier-1', invitationCode, username: 'cajero@example.gt', password: 'Cajero#2026', confirmPassword: 'Cajero#2026' };

    const mismatch = await api('POST', '/users', { ...registration, confirmPassword: 'different' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors[0].code).toBe('7000');

    const first = await api('POST', '/users', registration);
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ username: 'cajero@example.gt', role: 'cashier', branchCode: 'BR-001', partnerId: 'acme' });
    const again = await api('POST', '/users', { ...registration, username: 'otro@example.gt' });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('7102');
    expect((await api('POST', '/users', { ...registration, invitationCode: 'NOPE123' })).body.errors[0].code).toBe('7102');

    // The cashier may use the terminals of the branch the code was for.
    const terminal = await api('GET', `/devices/users/${first.body.data.userId}/terminals/device-abc123`);
    expect(terminal.status).toBe(200);
  });

  it('refuses an invitation code for an unknown branch (404 / 7606)', async () => {
    const { status, body } = await api('POST', '/users/invitation-code', { role: 'admin', branchCode: 'BR-999' });
    expect(status).toBe(404);
    expect(body.errors[0].code).toBe('7606');
  });

  it("provisions user, business, branch and terminal from a lead's invitation code", async () => {
    const lead = await api('POST', '/leads', {
      firstName: 'Pedro',
      lastName: 'Xol',
      gender: 'M',
      cui: '1234567890101',
      expirationDate: '2030-05-01',
      commercialName: 'Tortillería Xol',
      partner: 'acme',
      phone: '50255559999',
      paymentMethods: [{ slug: 'akisiQR', acquirerSlug: 'akisi' }],
    });
    const registered = await api('POST', '/users', { deviceId: 'device-xol-1', invitationCode: lead.body.data.invitationCode, username: 'pedro@xol.gt', password: 'Tortilla#1', confirmPassword: 'Tortilla#1', termsAndConditionsAccepted: true });
    expect(registered.status).toBe(201);
    const data = registered.body.data;
    expect(data).toMatchObject({ firstName: 'Pedro', lastName: 'Xol', role: 'admin', partnerId: 'acme' });
    expect(data.business).toMatchObject({ name: 'Tortillería Xol', partnerId: 'acme', ownerUserId: data.userId, leadId: lead.body.data._id, paymentMethods: [{ slug: 'akisiQR', acquirerSlug: 'akisi' }] });
    expect(data.terminal).toMatchObject({ deviceId: 'device-xol-1', commerceId: data.business.commerceId, branchCode: data.branchCode, currency: 'GTQ', isActive: true });
    const terminal = await api('GET', `/devices/users/${data.userId}/terminals/device-xol-1`);
    expect(terminal.body.data.terminalId).toBe(data.terminal.terminalId);
    expect((await api('GET', `/businesses/${data.business.commerceId}/docs`)).body.data).toEqual([]);
  });

  it('sends an OTP, refuses a wrong one with 403 / 8007, and elevates with the right one', async () => {
    const requested = await api('POST', '/users/auth/otp', { email: 'maria.lopez@example.gt', purpose: 'pin_change' });
    expect(requested.status).toBe(200);
    expect(requested.body.data).toEqual({ sent: true, expiresAt: expect.any(String) });
    const { otp } = (await session.sim.call('GET', '/__sim/otp/maria.lopez@example.gt')).body;
    expect(JSON.stringify(requested.body)).not.toContain(otp);

    const wrong = await api('PUT', '/users/auth/otp', { email: 'maria.lopez@example.gt', otp: otp === '000000' ? '111111' : '000000', purpose: 'pin_change' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors[0].code).toBe('8007');
    const right = await api('PUT', '/users/auth/otp', { email: 'maria.lopez@example.gt', otp, purpose: 'pin_change' });
    expect(right.status).toBe(200);
    expect(right.body.data.elevatedToken).toMatch(/^elv_/);
    expect(Date.parse(right.body.data.expiresAt)).toBeGreaterThan(Date.now());
    // Single use.
    expect((await api('PUT', '/users/auth/otp', { email: 'maria.lopez@example.gt', otp, purpose: 'pin_change' })).status).toBe(403);
    expect((await api('POST', '/users/auth/otp', { email: 'nobody@example.gt', purpose: 'pin_change' })).body.errors[0].code).toBe('7100');
  });

  it('resets a password with an OTP', async () => {
    await api('POST', '/users/auth/otp', { email: 'jose.perez@example.gt', purpose: 'password_reset' });
    const { otp } = (await session.sim.call('GET', '/__sim/otp/jose.perez@example.gt')).body;
    const reset = { email: 'jose.perez@example.gt', otp, password: 'Nueva#Clave1', confirmPassword: 'Nueva#Clave1' };
    expect((await api('POST', '/users/auth/password/reset', { ...reset, confirmPassword: 'x' })).body.errors[0].code).toBe('7000');
    const done = await api('POST', '/users/auth/password/reset', reset);
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({ userId: 102, passwordUpdatedAt: expect.any(String) });
    expect(JSON.stringify(done.body)).not.toContain('Nueva#Clave1');
    expect((await api('POST', '/users/auth/password/reset', reset)).body.errors[0].code).toBe('8007');
  });

  it('lists the seeded card permissions, defines new ones, and grants and revokes them per user', async () => {
    const listed = await api('GET', '/users/permissions');
    expect(listed.body.data.map((p: { action: string }) => p.action)).toEqual(
      expect.arrayContaining(['checkCard', 'checkCvv', 'updateAlias', 'updateStatus', 'assignPIN', 'getCards', 'getAllTransfersByDate', 'transferBetweenCards', 'activation']),
    );
    const defined = await api('POST', '/users/permissions', { permissions: [{ resource: 'cards', action: 'viewStatements', description: 'Download statements' }, { resource: 'cards', action: 'checkCvv' }] });
    expect(defined.status).toBe(201);
    const [created, existing] = defined.body.data;
    expect(created).toMatchObject({ resource: 'cards', action: 'viewStatements', description: 'Download statements' });
    expect(existing.permissionId).toBe(listed.body.data.find((p: { action: string }) => p.action === 'checkCvv').permissionId);

    const granted = await api('POST', '/users/101/permissions', { permissions: [{ roleId: 3, permissionId: created.permissionId, granted: true }] });
    expect(granted.status).toBe(201);
    expect(granted.body.data.permissions).toEqual([expect.objectContaining({ permissionId: created.permissionId, action: 'viewStatements', granted: true })]);
    const revoked = await api('PATCH', '/users/101/permissions', { permissions: [{ roleId: 3, permissionId: created.permissionId, granted: false }] });
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.permissions[0].granted).toBe(false);
    expect((await api('PATCH', '/users/101/permissions', { permissions: [{ roleId: 3, permissionId: 9999, granted: true }] })).body.errors[0].code).toBe('7000');
    expect((await api('POST', '/users/999999/permissions', { permissions: [{ roleId: 3, permissionId: 1, granted: true }] })).body.errors[0].code).toBe('7100');
  });
});
