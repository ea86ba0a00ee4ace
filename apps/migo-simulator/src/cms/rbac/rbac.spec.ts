import { useSimulator } from '#test-support';
import { CmsHeaders, freshOtp, OPERATORS, operatorHeaders } from '../testing/cms-test-kit.js';

describe('CMS modules, permissions and grants (simulator)', () => {
  const sim = useSimulator();
  let ops: CmsHeaders;
  beforeEach(async () => {
    ops = await operatorHeaders(sim, 'ops');
  });

  const permissionsOf = async (userId: number, partnerId: string, headers = ops) =>
    (await sim.call('GET', `/cms/rest/app/users/${userId}/partners/${partnerId}/permissions`, { headers })).body.data.map((p: { resource: string; action: string }) => `${p.resource}:${p.action}`);

  it('lists the documented modules with their {permissionId, resource, action} pairs', async () => {
    const { status, body } = await sim.call('GET', '/cms/rest/app/modules', { headers: ops });
    expect(status).toBe(200);
    expect(body.data.map((m: { resource: string }) => m.resource)).toEqual(['users', 'bulk-create', 'cardholders', 'cards-admin', 'card-movements', 'balance-management', 'approvals']);
    const cardholders = body.data.find((m: { resource: string }) => m.resource === 'cardholders');
    expect(cardholders.permissions.map((p: { action: string }) => p.action)).toEqual(['create', 'update', 'list', 'detail', 'otp']);
    expect(cardholders.permissions[0]).toEqual({ permissionId: expect.any(Number), resource: 'cardholders', action: 'create' });
  });

  it('creates permissions (201) and refuses an existing pair with 409 7508', async () => {
    const created = await sim.call('POST', '/cms/rest/app/permissions', { body: { permissions: [{ resource: 'reports', action: 'export', description: 'Monthly export' }] }, headers: ops });
    expect(created.status).toBe(201);
    expect(created.body.data).toEqual([{ permissionId: 31, resource: 'reports', action: 'export', description: 'Monthly export' }]);
    const modules = (await sim.call('GET', '/cms/rest/app/modules', { headers: ops })).body.data;
    expect(modules.at(-1)).toMatchObject({ resource: 'reports', permissions: [{ permissionId: 31, resource: 'reports', action: 'export' }] });
    const duplicate = await sim.call('POST', '/cms/rest/app/permissions', { body: { permissions: [{ resource: 'cardholders', action: 'list' }] }, headers: ops });
    expect([duplicate.status, duplicate.body.errors[0].code]).toEqual([409, '7508']);
    const invalid = await sim.call('POST', '/cms/rest/app/permissions', { body: { permissions: [{ resource: 'cards admin', action: '' }] }, headers: ops });
    expect([invalid.status, invalid.body.errors[0].code]).toEqual([400, '7000']);
  });

  it('reports a user’s effective permissions per partner', async () => {
    expect(await permissionsOf(3, 'globex')).toContain('cardholders:list');
    expect(await permissionsOf(3, 'globex')).not.toContain('cardholders:create');
    expect(await permissionsOf(3, 'acme')).toEqual([]);
    const unknown = await sim.call('GET', '/cms/rest/app/users/99/partners/acme/permissions', { headers: ops });
    expect([unknown.status, unknown.body.errors[0].code]).toEqual([404, '7510']);
  });

  it('grants and revokes per partner, behind OTP', async () => {
    const modules = (await sim.call('GET', '/cms/rest/app/modules', { headers: ops })).body.data;
    const create = modules.find((m: { resource: string }) => m.resource === 'cardholders').permissions[0].permissionId;
    const body = { permissions: [{ permissionId: create, partnerId: 'globex' }] };

    const withoutOtp = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body, headers: ops });
    expect([withoutOtp.status, withoutOtp.body.errors[0].code]).toEqual([403, '8006']);
    const wrongOtp = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { ...body, otp: '12345' }, headers: ops });
    expect([wrongOtp.status, wrongOtp.body.errors[0].code]).toEqual([403, '8007']);

    const granted = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { ...body, otp: await freshOtp(sim, ops, OPERATORS.ops.email) }, headers: ops });
    expect(granted.status).toBe(200);
    expect(granted.body.data).toContainEqual({ permissionId: create, partnerId: 'globex', resource: 'cardholders', action: 'create' });
    expect(await permissionsOf(3, 'globex')).toContain('cardholders:create');

    const revoked = await sim.call('DELETE', '/cms/rest/app/users/3/permissions', { body: { ...body, otp: await freshOtp(sim, ops, OPERATORS.ops.email) }, headers: ops });
    expect(revoked.status).toBe(200);
    expect(await permissionsOf(3, 'globex')).not.toContain('cardholders:create');
  });

  it('refuses a grant on a partner the caller is not assigned to (403 8005), an unknown partner or permission (404)', async () => {
    const support = await operatorHeaders(sim, 'support');
    const elevate = async () => {
      const otp = await freshOtp(sim, support, OPERATORS.support.email);
      await sim.call('PUT', '/cms/rest/app/users/auth/otp', { body: { email: OPERATORS.support.email, otp, purpose: 'operation' }, headers: support });
    };
    await elevate();
    const foreign = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { permissions: [{ permissionId: 1, partnerId: 'acme' }] }, headers: support });
    expect([foreign.status, foreign.body.errors[0].code]).toEqual([403, '8005']);
    const unknownPartner = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { permissions: [{ permissionId: 1, partnerId: 'nobody' }] }, headers: support });
    expect([unknownPartner.status, unknownPartner.body.errors[0].code]).toEqual([404, '7500']);
    const unknownPermission = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { permissions: [{ permissionId: 999, partnerId: 'globex' }] }, headers: support });
    expect([unknownPermission.status, unknownPermission.body.errors[0].code]).toEqual([404, '7509']);
    const noPartner = await sim.call('POST', '/cms/rest/app/users/3/permissions', { body: { permissions: [{ permissionId: 1 }] }, headers: support });
    expect([noPartner.status, noPartner.body.errors[0].code]).toEqual([400, '7000']);
  });
});
