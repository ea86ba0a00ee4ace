import type { OpenAPIObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CallResult, eventually, RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';
import { buildOpenApiDocument } from '../openapi/openapi-document.js';

interface Call {
  params?: Record<string, string | number>;
  query?: string;
  body?: unknown;
  raw?: FormData;
  headers?: Record<string, string>;
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const OPERATOR = 'ops@acme.test';
const SUPERVISOR = { email: 'supervisor@acme.test', password: 'Supervisor#2026' };

/**
 * The Middleware, CMS and migration routes answer what their operations document: each real answer, through the BFF
 * from the simulator, is validated against the 2xx schema the OpenAPI document gives that operation and status.
 */
describe('Middleware, CMS and migration answers match their documented schemas', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  let document: OpenAPIObject;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<string, ValidateFunction>();

  beforeAll(async () => {
    // Transactions settle only when a test says so.
    sim = await startSimulator({ SIM_PAYMENT_LINK_SETTLE_MS: '600000', SIM_APM_SETTLE_MS: '600000' });
    redis = testRedis('answer-schemas');
    bff = await startBff(sim, redis);
    document = buildOpenApiDocument(bff.app);
    ajv.addSchema({ components: document.components }, 'openapi');
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  /** The schema the document gives this operation's answer with this status, its `#/components` refs made absolute. */
  function validatorOf(method: string, template: string, status: number): ValidateFunction {
    const key = `${method} ${template} ${status}`;
    const known = validators.get(key);
    if (known) return known;
    const operation = document.paths[template]?.[method.toLowerCase() as 'get'];
    const response = operation?.responses[String(status)] as ResponseObject | undefined;
    const schema = response?.content?.['application/json']?.schema as SchemaObject | undefined;
    if (!schema) throw new Error(`${key}: the document gives no JSON schema for this answer`);
    const validate = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')));
    validators.set(key, validate);
    return validate;
  }

  const violations = (method: string, template: string, answer: Pick<CallResult, 'status' | 'body'>) => {
    const validate = validatorOf(method, template, answer.status);
    return validate(answer.body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);
  };

  /** Calls the route (`template` as documented, `{name}` filled from `params`) and expects a documented answer. */
  async function answered(method: string, template: string, call: Call = {}, expectedStatus?: number): Promise<CallResult> {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(call.params?.[name])));
    const answer = await bff.call(method, `${path}${call.query ? `?${call.query}` : ''}`, { body: call.body, raw: call.raw, headers: call.headers });
    expect([method, template, answer.status]).toEqual([method, template, expectedStatus ?? expect.any(Number)]);
    expect([method, template, answer.status < 300]).toEqual([method, template, true]);
    expect([method, template, violations(method, template, answer)]).toEqual([method, template, []]);
    return answer;
  }

  const settle = async (uid: string) => expect((await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } })).status).toBe(200);
  const link = { amount: 100, userId: 'buyer@example.gt', channel: 'web', client: 'acme' };

  it('reports a wrong or missing field of a real answer (the check can fail)', async () => {
    const accepted = await answered('POST', '/v1/middleware/transactions', { body: link }, 202);
    // A 202 is the job and what Migo answered: both are checked.
    expect(violations('POST', '/v1/middleware/transactions', { status: 202, body: { ...accepted.body, upstream: { ...accepted.body.upstream, URL: 7 } } })).toEqual(['/upstream/URL must be string']);
    expect(violations('POST', '/v1/middleware/transactions', { status: 202, body: { upstream: accepted.body.upstream } })).toEqual(["/ must have required property 'job'"]);
    const answer = await answered('GET', '/v1/middleware/transactions/{uid}', { params: { uid: accepted.body.upstream.uid } });
    const { refundedAmount: _dropped, ...missing } = answer.body;
    expect(violations('GET', '/v1/middleware/transactions/{uid}', { status: 200, body: { ...answer.body, amount: '100.00' } })).toEqual(['/amount must be number']);
    expect(violations('GET', '/v1/middleware/transactions/{uid}', { status: 200, body: missing })).toEqual(["/ must have required property 'refundedAmount'"]);
    expect(violations('GET', '/v1/middleware/transactions/{uid}', { status: 200, body: { ...answer.body, createdAt: 'yesterday' } })).toEqual(['/createdAt must match format "date-time"']);
    // Fields Migo adds pass through, and validate.
    expect(violations('GET', '/v1/middleware/transactions/{uid}', { status: 200, body: { ...answer.body, newMigoField: 1 } })).toEqual([]);
  });

  it('payment links and alternative payments', async () => {
    const [a, b] = await Promise.all([1, 2].map(async () => (await answered('POST', '/v1/middleware/transactions', { body: link }, 202)).body.upstream.uid as string));
    await settle(a);
    await settle(b);
    expect((await answered('GET', '/v1/middleware/transactions/{uid}', { params: { uid: a } })).body.paidAt).toEqual(expect.any(String));
    await answered('POST', '/v1/middleware/refund', { body: { transactionUid: a, processor: 'fac-2', amount: 30 } }, 202);
    await answered('POST', '/v1/middleware/revert', { body: { transactionUid: b, processor: 'fac-2' } }, 202);

    const apm = '/v1/middleware/api/v1/integrations/transactions';
    const created = await answered('POST', apm, { body: { amount: 20, channel: 'web', client: 'acme', userId: 'buyer@example.gt' } }, 202);
    const uid = created.body.upstream.uid as string;
    await answered('GET', `${apm}/{uid}`, { params: { uid } });
    await answered('POST', `${apm}/{uid}/payment-intents`, { params: { uid }, body: { processor: 'fri' } }, 200);
    // A rail that needs nothing: Migo's `data` is null.
    const nothing = await answered('POST', `${apm}/{uid}/payment-intents`, { params: { uid }, body: { processor: 'zigi' } }, 200);
    expect([nothing.text, nothing.headers.get('content-type')]).toEqual(['null', expect.stringMatching(/^application\/json/)]);
    await answered('POST', `${apm}/{uid}/payments`, { params: { uid }, body: { processor: 'fri', data: { user: 'fri-user' } } }, 200);
    await answered('POST', `${apm}/{uid}/dismiss`, { params: { uid }, body: {} }, 200);
  });

  it('plans, subscriptions, cards on file, charges and payment history', async () => {
    const plan = (await answered('POST', '/v1/middleware/v1/plans', { body: { client: 'acme', plan: { name: 'Gold', amount: 150, currency: 'GTQ', frequency: { frequency: 30 } } } }, 201)).body;
    await answered('PUT', '/v1/middleware/v1/plans', { body: { client: 'acme', planUid: plan.planUid, plan: { name: 'Gold+' } } }, 200);
    await answered('GET', '/v1/middleware/v1/plans/list', { query: 'client=acme' });
    await answered('GET', '/v1/middleware/v1/plans/{planId}/client/{client}/detail', { params: { planId: plan.planUid, client: 'acme' } });

    const uid = (await answered('POST', '/v1/middleware/transactions', { body: link })).body.upstream.uid;
    const card = { token: 'tok_proc_1111', last4: '1111', expirationMonth: 12, expirationYear: 2099 };
    const verified = await answered('POST', '/v1/middleware/v1/subscriptions/verify-card', { body: { uid, processor: 'fac-2', cardInfo: card, shouldCreateSubscription: true, planUid: 'pln_basico' } }, 200);
    const subUid = verified.body.subscription.subUid as string;
    await answered('GET', '/v1/middleware/v1/subscriptions', { query: 'userId=buyer%40example.gt&clientId=acme' });
    await answered('GET', '/v1/middleware/v1/subscriptions/detail/{subUid}', { params: { subUid } });
    const updated = await answered('PUT', '/v1/middleware/v1/subscriptions', { body: { subUid, notificationEmail: 'billing@example.gt' } }, 200);
    const other = (await answered('POST', '/v1/middleware/v1/subscriptions/verify-card', { body: { uid, processor: 'fac-2', cardInfo: { token: 'tok_1', last4: '5454' }, shouldCreateSubscription: false } })).body.card;
    const tokenizeData = { userId: 'buyer@example.gt', clientId: 'acme', processorId: 'fac-2', cardId: other.cardId };
    const added = await answered('POST', '/v1/middleware/v1/subscriptions/payment-methods', { body: { tokenizeData } }, 201);
    await answered('PUT', '/v1/middleware/v1/subscriptions/payment-methods/set-default', { body: { subUid, paymentMethodId: added.body.id } }, 200);
    const previous = updated.body.paymentMethods.find((method: { isDefault: boolean }) => method.isDefault).id;
    await answered('DELETE', '/v1/middleware/v1/subscriptions/payment-methods', { body: { userId: 'buyer@example.gt', clientId: 'acme', paymentMethodId: previous } }, 200);
    await answered('DELETE', '/v1/middleware/v1/subscriptions/{subUid}', { params: { subUid } }, 200);

    await answered('POST', '/v1/middleware/v1/subscriptions/charges', { body: { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 12.5 }, { subscriptionId: 'sub_missing', amount: 1 }] } }, 202);
    const csv = new FormData();
    csv.append('clientId', 'acme');
    csv.append('file', new Blob(['subscriptionId,amount\nsub_01HAAA,3.25\n'], { type: 'text/csv' }), 'charges.csv');
    await answered('POST', '/v1/middleware/v1/subscriptions/charges/upload-csv', { raw: csv }, 202);
    await answered('GET', '/v1/middleware/v1/subscriptions/payment-history', { query: 'subscriptionId=sub_01HAAA' });
  });

  it('BINs, fraud lists and the migration search', async () => {
    await answered('POST', '/v1/middleware/bins/lookup', { body: { bin: '41111111' } }, 200);
    await answered('POST', '/v1/middleware/bins/lookup-batch', { body: { bins: ['411111', '999999'] } }, 200);
    const entry = await answered('POST', '/v1/middleware/suspensions', { body: { client: 'acme', list: 'block', type: 'email', value: 'Fraud@Example.com', reason: 'chargebacks' } }, 201);
    await answered('GET', '/v1/middleware/suspensions', { query: 'client=acme' });
    await answered('DELETE', '/v1/middleware/suspensions/{id}', { params: { id: entry.body.id }, query: 'client=acme' }, 200);
    await answered('GET', '/v1/migration/transactions/search', { query: 'client=acme&limit=5' });
  });

  it('CMS partners, cardholders, RBAC, OTP step-up, process requests, uploads and operator sessions', async () => {
    await answered('GET', '/v1/cms/partners');
    await answered('GET', '/v1/cms/partners/{partnerId}', { params: { partnerId: 'acme' } });
    await answered('GET', '/v1/cms/partners/{clientId}/balance', { params: { clientId: 'acme' } });
    await answered('POST', '/v1/cms/users/auth/otp', { body: { email: OPERATOR, purpose: 'step-up' } }, 200);
    const otp = (await sim.call('GET', `/__sim/otp/${OPERATOR}`)).body.otp as string;
    await answered('PUT', '/v1/cms/users/auth/otp', { body: { email: OPERATOR, purpose: 'step-up', otp } }, 200);

    const cardholders = '/v1/cms/partners/{partnerId}/cardholders';
    const params = { partnerId: 'acme' };
    await answered('GET', cardholders, { params, query: 'limit=3' });
    const person = { name: 'Rosa', lastName: 'Tzul', address: 'Zona 4', countryOfBirth: 'GT', dateOfBirth: '1994-05-17', maritalStatus: 'soltero', gender: 'F', phoneNumber: '50255551234', email: 'rosa.schema@example.gt', documentType: 'DPI', documentNumber: '2999888777666' };
    const created = await answered('POST', cardholders, { params, body: { ...person, cardId: 5110 } }, 201);
    await answered('POST', `${cardholders}/{cardholderId}`, { params: { ...params, cardholderId: 1 }, body: {} }, 200);
    await answered('POST', `${cardholders}/{cardholderId}/close`, { params: { ...params, cardholderId: created.body.id }, body: {} }, 200);

    await answered('GET', '/v1/cms/modules');
    await answered('POST', '/v1/cms/permissions', { body: { permissions: [{ resource: 'reports', action: 'export', description: 'Export reports' }] } }, 201);
    await answered('GET', '/v1/cms/users/{cmsUserId}/partners/{partnerId}/permissions', { params: { cmsUserId: 2, partnerId: 'acme' } });
    const grants = { permissions: [{ permissionId: 1, partnerId: 'acme' }] };
    await answered('DELETE', '/v1/cms/users/{cmsUserId}/permissions', { params: { cmsUserId: 2 }, body: grants }, 200);
    await answered('POST', '/v1/cms/users/{cmsUserId}/permissions', { params: { cmsUserId: 2 }, body: grants }, 200);

    const evidence = new FormData();
    evidence.append('requestedAmount', '150.5');
    evidence.append('evidence', new Blob([PDF], { type: 'application/pdf' }), 'transfer.pdf');
    await answered('POST', '/v1/cms/partners/{partnerId}/process-request', { params, raw: evidence }, 201);
    await answered('GET', '/v1/cms/partners/{clientId}/process-requests', { params: { clientId: 'acme' }, query: 'limit=2' });
    const all = await answered('GET', '/v1/cms/partners/{clientId}/process-requests/all', { params: { clientId: 'acme' } });
    // The service operator may not review its own requests: one another operator filed.
    const pending = all.body.find((request: { status: string; createdBy: number }) => request.status === 'pending' && request.createdBy !== 1);
    await answered('PATCH', '/v1/cms/partners/{clientId}/process-requests/{id}', { params: { clientId: 'acme', id: pending.id }, body: { status: 'rejected', reason: 'duplicate' } }, 200);

    await sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 200 } });
    // One row Migo refuses (a card of another partner): the finished batch carries a failed row with its errors.
    const rows = [
      { ...person, email: 'rosa.upload@example.gt', documentNumber: '2999888777667', cardId: 5111 },
      { ...person, email: 'rosa.refused@example.gt', documentNumber: '2999888777668', cardId: 5301 },
    ];
    const upload = await answered('POST', `${cardholders}/upload`, { params, body: rows }, 202);
    const batch = '/v1/cms/partners/{partnerId}/{kind}/batch/{batchId}';
    const batchParams = { ...params, kind: 'cardholders', batchId: upload.body.upstream.id };
    await answered('GET', batch, { params: batchParams });
    // The finished batch carries its per-row results.
    await eventually(async () => ((await bff.call('GET', `/v1/cms/partners/acme/cardholders/batch/${batchParams.batchId}`)).body.results ? true : undefined));
    const finished = await answered('GET', batch, { params: batchParams });
    expect(finished.body.results).toEqual([expect.objectContaining({ status: 'created' }), expect.objectContaining({ status: 'failed', errors: [expect.any(Object)] })]);
    await answered('POST', '/v1/cms/partners/{partnerId}/cards/upload', { params, body: [{ alias: 'Nueva', currency: 'GTQ' }] }, 202);
    const conciliation = new FormData();
    conciliation.append('file', new Blob(['reference,amount,currency,date\ntrx_a,1.00,GTQ,2026-01-05\n']), 'bank.csv');
    await answered('POST', '/v1/cms/partners/{partnerId}/conciliation-files', { params, raw: conciliation }, 202);

    const session = await answered('POST', '/v1/cms/sessions', { body: SUPERVISOR }, 201);
    await answered('GET', '/v1/cms/sessions/current', { headers: { 'x-cms-session': session.body.session } });
  });
});
