import { useSimulatorWalletSession } from '#test-support';

describe('Wallet Gateway terminals and terminal payments (simulator)', () => {
  const session = useSimulatorWalletSession();
  const { api } = session;

  it('answers the terminal to its owner on the canonical and the legacy path, and 404 / 7601 to others', async () => {
    const canonical = await api('GET', '/devices/users/101/terminals/device-abc123');
    expect(canonical.status).toBe(200);
    expect(canonical.body.data).toMatchObject({ terminalId: 1, deviceId: 'device-abc123', externalTerminalId: 'TRM-EXT-001', commerceId: 3001, branchCode: 'BR-001', currency: 'GTQ', isActive: true });
    expect((await api('GET', '/businesses/users/101/terminals/device-abc123')).body.data).toEqual(canonical.body.data);
    expect((await api('GET', '/devices/users/102/terminals/device-abc123')).body.errors[0].code).toBe('7601');
    expect((await api('GET', '/devices/users/101/terminals/device-nope')).body.errors[0].code).toBe('7601');
    expect((await api('GET', '/devices/users/999999/terminals/device-abc123')).body.errors[0].code).toBe('7100');
  });

  it('lists the device history of the last 180 days, newest first, and reads one transaction', async () => {
    const { body } = await api('GET', '/devices/device-abc123/transactions');
    expect(body.data.map((t: { id: number }) => t.id)).toEqual([1, 2, 3]);
    expect(body.data[1]).toMatchObject({ subtotal: '75.5', totalAmount: '75.5', status: 'approved', currency: 'GTQ' });
    expect((await api('GET', '/devices/device-abc123/transactions/4')).body.data.status).toBe('liquidated');
    const foreign = await api('GET', '/devices/device-abc123/transactions/5');
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].code).toBe('7602');
  });

  it('updates a terminal (isActive required) and deletes it for good', async () => {
    const missing = await api('PATCH', '/businesses/terminals/device-def456', { terminalType: 'pos' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].code).toBe('7000');
    const clash = await api('PATCH', '/businesses/terminals/device-def456', { isActive: true, newDeviceId: 'device-abc123' });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0].code).toBe('7006');
    const updated = await api('PATCH', '/businesses/terminals/device-def456', { isActive: false, newDeviceId: 'device-new-2', externalTerminalId: 'TRM-EXT-900', terminalType: 'mpos' });
    expect(updated.body.data).toMatchObject({ terminalId: 2, deviceId: 'device-new-2', externalTerminalId: 'TRM-EXT-900', terminalType: 'mpos', isActive: false });
    expect((await api('GET', '/devices/device-new-2/transactions')).body.data).toHaveLength(1);

    expect((await api('DELETE', '/businesses/terminals/device-new-2')).body.data).toEqual({ terminalId: 2, deviceId: 'device-new-2', deleted: true });
    expect((await api('DELETE', '/businesses/terminals/device-new-2')).body.errors[0].code).toBe('7601');
    expect((await api('GET', '/devices/device-new-2/transactions')).status).toBe(404);
  });

  it('creates a terminal payment in the variant C envelope with money as strings', async () => {
    const { status, body } = await api('POST', '/terminal-payment', { subtotal: 10, externalTerminalId: 'TRM-EXT-001', additionalData: { table: 4 } }, { 'x-application-id': 'app_migo_demo' });
    expect(status).toBe(201);
    expect(body).toEqual({
      success: true,
      status: 201,
      message: 'terminal payment created successfully.',
      data: { id: expect.any(Number), terminalId: 1, externalId: '', subtotal: '10', totalAmount: '0', status: 'created', currency: 'GTQ', additionalData: { table: 4 }, createdAt: expect.any(String), updatedAt: expect.any(String) },
    });
    expect((await api('POST', '/terminal-payment', { subtotal: 12.5, terminalId: 1, deviceId: 'device-abc123' })).body.data.subtotal).toBe('12.5');
  });

  it('answers terminal payment errors as {statusCode, message, error:{code, name, detail}}', async () => {
    const noTerminal = await api('POST', '/terminal-payment', { subtotal: 10 });
    expect(noTerminal.status).toBe(400);
    expect(noTerminal.body).toEqual({ statusCode: 400, message: expect.any(String), error: { code: '7000', name: 'CHECK_PARAMETERS', detail: expect.any(String) } });
    const zero = await api('POST', '/terminal-payment', { subtotal: 0, terminalId: 1 });
    expect(zero.body).toMatchObject({ statusCode: 400, error: { code: '7001', name: 'GREATER_THAN_ZERO' } });
    const invalid = await api('POST', '/terminal-payment', { subtotal: 10, terminalId: 'one' });
    expect(invalid.body).toMatchObject({ statusCode: 400, message: 'Validation failed', error: { code: '7000' } });
    const mismatch = await api('POST', '/terminal-payment', { subtotal: 10, terminalId: 1, deviceId: 'device-def456' });
    expect(mismatch.body.error.code).toBe('7000');
    const unknown = await api('POST', '/terminal-payment', { subtotal: 10, deviceId: 'device-nope' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ statusCode: 404, error: { code: '7601', name: 'TERMINAL_NOT_FOUND' } });
    await api('PATCH', '/businesses/terminals/device-def456', { isActive: false });
    expect((await api('POST', '/terminal-payment', { subtotal: 10, deviceId: 'device-def456' })).body).toMatchObject({ statusCode: 409, error: { code: '7608' } });
    const notFound = await api('GET', '/terminal-payment/9999');
    expect(notFound.body).toMatchObject({ statusCode: 404, error: { code: '7602', name: 'TERMINAL_PAYMENT_NOT_FOUND' } });
    const unauthorized = await session.sim.call('POST', '/rest/terminal-payment', { body: { subtotal: 10, terminalId: 1 }, headers: { authorization: 'Bearer nope' } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body).toMatchObject({ statusCode: 401, error: { code: '8000', name: 'UNAUTHORIZED' } });
  });

  it('settles an untouched payment by itself, but not one that was PATCHed', async () => {
    await session.sim.call('PATCH', '/__sim/config', { body: { paymentLinkSettleMs: 150 } });
    const settled = (await api('POST', '/terminal-payment', { subtotal: 33.75, terminalId: 1 })).body.data;
    const cancelled = (await api('POST', '/terminal-payment', { subtotal: 20, terminalId: 1, operationId: 'op-42' })).body.data;
    expect((await api('POST', '/terminal-payment', { subtotal: 20, terminalId: 1, operationId: 'op-42' })).body.error.code).toBe('7006');

    const patched = await api('PATCH', `/terminal-payment/${cancelled.id}`, { status: 'cancelled', externalId: 'NEONET-9', additionalData: { reason: 'customer left' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ success: true, data: expect.objectContaining({ id: cancelled.id, status: 'cancelled', externalId: 'NEONET-9', totalAmount: '0', additionalData: { reason: 'customer left' } }) });
    expect((await api('PATCH', `/terminal-payment/${cancelled.id}`, { status: 'voided' })).body.error.code).toBe('7000');

    const deadline = Date.now() + 3000;
    let tracked = (await api('GET', `/terminal-payment/${settled.id}`)).body;
    while (tracked.data.status === 'created' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      tracked = (await api('GET', `/terminal-payment/${settled.id}`)).body;
    }
    expect(tracked).toEqual({ success: true, data: expect.objectContaining({ status: 'approved', subtotal: '33.75', totalAmount: '33.75' }) });
    expect((await api('GET', `/terminal-payment/${cancelled.id}`)).body.data.status).toBe('cancelled');
    const history = (await api('GET', '/devices/device-abc123/transactions')).body.data;
    expect(history.map((t: { id: number }) => t.id).slice(0, 2)).toEqual([cancelled.id, settled.id]);
  });
});
