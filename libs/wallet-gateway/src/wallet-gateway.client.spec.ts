import type { MigoAuth } from '#migo-auth';
import type { UpstreamAuth, UpstreamCall, UpstreamHttp } from '#migo-http';
import { WalletGatewayClient } from './wallet-gateway.client.js';

/** What the client hands to the HTTP layer: the part of the contract the simulator cannot show (headers, flags). */
function recordingClient(answer: { data?: unknown; headers?: Record<string, string> } = {}) {
  const calls: UpstreamCall[] = [];
  const http = { request: async (call: UpstreamCall) => (calls.push(call), { status: 200, data: answer.data ?? {}, headers: answer.headers ?? {} }) };
  const walletAuth: UpstreamAuth = { headers: async () => ({}), onUnauthorized: async () => false };
  const client = new WalletGatewayClient(http as unknown as UpstreamHttp, { wallet: walletAuth, walletApplicationId: 'app_test_42' } as unknown as MigoAuth);
  return { client, calls, walletAuth };
}

describe('WalletGatewayClient', () => {
  it('sends every call with the Wallet session, the route template and its parameters', async () => {
    const { client, calls, walletAuth } = recordingClient();
    await client.cards.setUserPin(5001, 102, { pin: '1234' });
    expect(calls[0]).toMatchObject({ upstream: 'wallet', method: 'POST', route: '/cards/:cardId/users/:authUserId/pin', params: { cardId: 5001, authUserId: 102 }, body: { pin: '1234' } });
    expect(calls[0].auth).toBe(walletAuth);
  });

  it('sends the applicationId header on /configs only', async () => {
    const { client, calls } = recordingClient();
    await client.configs.config();
    await client.configs.updateConfig({ name: 'x' });
    await client.cards.card(5001);
    expect(calls[0].headers).toEqual({ applicationId: 'app_test_42' });
    expect(calls[1].headers).toEqual({ applicationId: 'app_test_42' });
    expect(calls[2].headers).toBeUndefined();
  });

  it('forwards x-merchant-id on a lead only when given', async () => {
    const { client, calls } = recordingClient();
    await client.businesses.createLead({ firstName: 'A', lastName: 'B', gender: 'F', cui: '1', expirationDate: '2030-01-01', commercialName: 'C', partner: 'acme' }, 'merchant-77');
    await client.businesses.createLead({ firstName: 'A', lastName: 'B', gender: 'F', cui: '1', expirationDate: '2030-01-01', commercialName: 'C', partner: 'acme' });
    expect(calls[0].headers).toEqual({ 'x-merchant-id': 'merchant-77' });
    expect(calls[1].headers).toBeUndefined();
  });

  it('puts the partner of a linked card in the query and the PAN in the body only', async () => {
    const { client, calls } = recordingClient();
    await client.cards.linkCard(102, 'acme', { card: '4539148803715104' });
    expect(calls[0]).toMatchObject({ route: '/users/:userId/cards', params: { userId: 102 }, query: { clientId: 'acme' }, body: { card: '4539148803715104' } });
  });

  it('never retries writes that move money, and lets the lead-file read (a POST that changes nothing) be retried', async () => {
    const { client, calls } = recordingClient({ data: Buffer.from('%PDF-'), headers: { 'content-type': 'application/pdf' } });
    await client.money.adjustFunds(5001, { amount: 1, operation: 'ADD_FUNDS', reference: 'R' });
    await client.money.operateFunds(5001, { amount: 1, operation: 'ADD_FUNDS', channel: 'WEB', reference: 'R' });
    await client.businesses.leadFile('identification.pdf');
    expect(calls[0].idempotent).toBe(false);
    expect(calls[1].idempotent).toBeUndefined();
    expect(calls[2]).toMatchObject({ method: 'POST', responseType: 'binary', idempotent: true });
  });

  it('answers files with their content type and disposition', async () => {
    const { client, calls } = recordingClient({ data: Buffer.from('%PDF-1.4'), headers: { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="s.pdf"' } });
    const file = await client.statements.statementFile(5001, 'stm_1');
    expect(calls[0]).toMatchObject({ method: 'GET', route: '/cards/:cardId/statements/:reference/file', responseType: 'binary' });
    expect(file).toEqual({ bytes: Buffer.from('%PDF-1.4'), contentType: 'application/pdf', disposition: 'attachment; filename="s.pdf"' });
  });

  it('rebuilds the business files as one multipart form', async () => {
    const { client, calls } = recordingClient();
    await client.businesses.uploadBusinessFiles(3001, {
      businessPhoto: { bytes: Buffer.from('png'), filename: 'front.png', contentType: 'image/png' },
      utilityBill: { bytes: Buffer.from('%PDF-'), filename: 'bill.pdf', contentType: 'application/pdf' },
    });
    const form = calls[0].body as FormData;
    expect(form).toBeInstanceOf(FormData);
    const photo = form.get('businessPhoto') as File;
    const bill = form.get('utilityBill') as File;
    expect([photo.name, photo.type, await photo.text()]).toEqual(['front.png', 'image/png', 'png']);
    expect([bill.name, bill.type, await bill.text()]).toEqual(['bill.pdf', 'application/pdf', '%PDF-']);
  });
});
