import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { queueFor, TrackerJobData } from '#jobs';
import { MAX_CSV_BYTES } from './charges/charges-csv.js';
import { apmBody, csvForm, linkBody, MiddlewareStack, startMiddlewareStack } from './testing/middleware-stack.js';

/** The four routes that start jobs (202 + Location), their Idempotency-Key behaviour, and the CSV pre-checks. */
describe('BFF Middleware surface: jobs, idempotency and CSV uploads', () => {
  let stack: MiddlewareStack;
  let trackers: Queue<TrackerJobData>;
  beforeAll(async () => {
    stack = await startMiddlewareStack('bff-mw-jobs');
    trackers = stack.bff.app.get(getQueueToken(queueFor('middleware')), { strict: false });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.reset());

  const post = (path: string, body: unknown, key?: string) => stack.bff.call('POST', `/v1/middleware${path}`, { body, headers: key ? { 'idempotency-key': key } : {} });
  const uploadCsv = (form: FormData, key?: string) => stack.bff.call('POST', '/v1/middleware/v1/subscriptions/charges/upload-csv', { raw: form, headers: key ? { 'idempotency-key': key } : {} });

  /** A 202 with Location on the job, the job itself, and what its tracker was given. */
  async function expectJob(response: Awaited<ReturnType<typeof post>>, type: string, upstreamId: string) {
    expect(response.status).toBe(202);
    expect(response.headers.get('location')).toBe(`/v1/jobs/${response.body.job.id}`);
    expect(response.body.job).toMatchObject({ type, state: 'queued', upstream: { service: 'middleware', id: upstreamId }, partnerId: 'acme' });
    const job = await stack.bff.call('GET', response.headers.get('location')!);
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ id: response.body.job.id, type });
    return (await trackers.getJob(response.body.job.id))!.data.target;
  }

  describe('202 + job', () => {
    it('follows a payment link and an alternative payment by uid', async () => {
      const link = await post('/transactions', linkBody());
      expect(await expectJob(link, 'middleware.payment-link', link.body.upstream.uid)).toEqual({ type: 'middleware.payment-link', uid: link.body.upstream.uid });
      const apm = await post('/api/v1/integrations/transactions', apmBody());
      expect(await expectJob(apm, 'middleware.alternative-payment', apm.body.upstream.uid)).toEqual({ type: 'middleware.alternative-payment', uid: apm.body.upstream.uid });
    });

    it('follows every row of a charge batch, 0-based, including the rows Migo refused up front', async () => {
      const data = [
        { subscriptionId: 'sub_01HAAA', amount: 10 },
        { subscriptionId: 'sub_unknown', amount: 5.5 },
        { subscriptionId: 'sub_01HBBB', amount: 7.1234 },
      ];
      const batch = await post('/v1/subscriptions/charges', { client: 'acme', data });
      expect(batch.body.upstream).toMatchObject({ totals: { received: 3, accepted: 2, rejected: 1 }, errorsSample: [{ index: 1 }] });
      expect(await expectJob(batch, 'middleware.charge-batch', batch.body.upstream.batchId)).toEqual({
        type: 'middleware.charge-batch',
        client: 'acme',
        batchId: batch.body.upstream.batchId,
        rows: [
          { row: 0, subscriptionId: 'sub_01HAAA', amount: 10 },
          { row: 1, subscriptionId: 'sub_unknown', amount: 5.5 },
          { row: 2, subscriptionId: 'sub_01HBBB', amount: 7.1234 },
        ],
      });
    });

    it('follows every CSV row, 1-based among the non-blank data rows', async () => {
      const csv = await uploadCsv(csvForm('amount,subscriptionId,metadata\r\n12.5,sub_01HAAA,"{""order"":""A,1""}"\r\n\r\n , \r\n3,sub_01HBBB,\r\n'));
      expect(await expectJob(csv, 'middleware.csv-charges', csv.body.upstream.trackingId)).toEqual({
        type: 'middleware.csv-charges',
        client: 'acme',
        trackingId: csv.body.upstream.trackingId,
        rows: [
          { row: 1, subscriptionId: 'sub_01HAAA', amount: 12.5 },
          { row: 2, subscriptionId: 'sub_01HBBB', amount: 3 },
        ],
      });
    });
  });

  describe('Idempotency-Key', () => {
    it('replays a payment link: one upstream call, one job, the same answer', async () => {
      const key = randomUUID();
      const first = await post('/transactions', linkBody(), key);
      const again = await post('/transactions', linkBody(), key);
      expect(first.status).toBe(202);
      expect(again.status).toBe(202);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('location')).toBe(first.headers.get('location'));
      expect(again.body).toEqual(first.body);
      expect(await stack.upstreamCalls('POST /mw/transactions')).toBe(1);
    });

    it('answers 409 to a concurrent duplicate and 422 to the same key with another body', async () => {
      await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/transactions', latencyMs: 500, times: 1 } });
      const key = randomUUID();
      const first = post('/transactions', linkBody(), key);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const duplicate = await post('/transactions', linkBody(), key);
      expect(duplicate.status).toBe(409);
      expect(duplicate.headers.get('retry-after')).toBe('1');
      expect((await first).status).toBe(202);
      const reused = await post('/transactions', linkBody({ amount: 101 }), key);
      expect(reused.status).toBe(422);
      expect(await stack.upstreamCalls('POST /mw/transactions')).toBe(1);
    });

    it('keys the other money routes too: alternative payments, rail payments, charges, revert and refund', async () => {
      const apmKey = randomUUID();
      const apm = await post('/api/v1/integrations/transactions', apmBody(), apmKey);
      expect((await post('/api/v1/integrations/transactions', apmBody(), apmKey)).headers.get('idempotent-replayed')).toBe('true');
      const payKey = randomUUID();
      const pay = { processor: 'zigi', data: {} };
      expect((await post(`/api/v1/integrations/transactions/${apm.body.upstream.uid}/payments`, pay, payKey)).status).toBe(200);
      expect((await post(`/api/v1/integrations/transactions/${apm.body.upstream.uid}/payments`, pay, payKey)).headers.get('idempotent-replayed')).toBe('true');

      const chargeKey = randomUUID();
      const charge = { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 1 }] };
      await post('/v1/subscriptions/charges', charge, chargeKey);
      expect((await post('/v1/subscriptions/charges', charge, chargeKey)).headers.get('idempotent-replayed')).toBe('true');

      const uid = (await post('/transactions', linkBody())).body.upstream.uid;
      await stack.settle(uid);
      const refundKey = randomUUID();
      const refund = { transactionUid: uid, processor: 'fac-2', amount: 10 };
      const refunded = await post('/refund', refund, refundKey);
      expect(refunded.body.upstream.refundedAmount).toBe(10);
      const replayed = await post('/refund', refund, refundKey);
      expect([replayed.headers.get('idempotent-replayed'), replayed.body.upstream.refundedAmount, replayed.body.job.id]).toEqual(['true', 10, refunded.body.job.id]);

      for (const route of ['POST /mw/api/v1/integrations/transactions', 'POST /mw/api/v1/integrations/transactions/:transactionId/payments', 'POST /mw/v1/subscriptions/charges', 'POST /mw/refund']) {
        expect([route, await stack.upstreamCalls(route)]).toEqual([route, 1]);
      }
    });

    it('fingerprints the uploaded CSV: the same key with another file is 422', async () => {
      const key = randomUUID();
      expect((await uploadCsv(csvForm('subscriptionId,amount\nsub_01HAAA,1\n'), key)).status).toBe(202);
      expect((await uploadCsv(csvForm('subscriptionId,amount\nsub_01HAAA,1\n'), key)).headers.get('idempotent-replayed')).toBe('true');
      expect((await uploadCsv(csvForm('subscriptionId,amount\nsub_01HAAA,2\n'), key)).status).toBe(422);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/charges/upload-csv')).toBe(1);
    });
  });

  describe('CSV checks before anything is uploaded', () => {
    it('refuses a file with bad rows, listing each row number and field', async () => {
      const response = await uploadCsv(csvForm('subscriptionId,amount\nsub_01HAAA,10\n,5\nsub_01HBBB,1.23456\n\nsub_01HDDD,-3,extra\n'));
      expect(response.status).toBe(400);
      expect(response.body.detail).toBe('3 of 4 rows are invalid; nothing was uploaded');
      expect(response.body.errors).toEqual([
        { row: 2, field: 'subscriptionId', message: expect.any(String) },
        { row: 3, field: 'amount', message: expect.any(String) },
        { row: 4, field: 'row', message: expect.any(String) },
        { row: 4, field: 'amount', message: expect.any(String) },
      ]);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/charges/upload-csv')).toBe(0);
    });

    it('refuses a bad header, no data rows, an unclosed quote, a missing file or clientId, and unknown form fields', async () => {
      const refusals: FormData[] = [
        csvForm('subscription,amount\nsub_01HAAA,1\n'),
        csvForm('subscriptionId,amount,amount\nsub_01HAAA,1,1\n'),
        csvForm('subscriptionId,amount\n\n'),
        csvForm('subscriptionId,amount\n"sub_01HAAA,1\n'),
        csvForm('subscriptionId,amount\nsub_01HAAA,1\n', null),
      ];
      const noFile = new FormData();
      noFile.append('clientId', 'acme');
      const extraField = csvForm('subscriptionId,amount\nsub_01HAAA,1\n');
      extraField.append('dryRun', 'true');
      for (const form of [...refusals, noFile, extraField]) expect((await uploadCsv(form)).status).toBe(400);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/charges/upload-csv')).toBe(0);
    });

    it("answers 413 beyond Migo's 10 MB limit", async () => {
      const line = 'sub_01HAAA,1\n';
      const big = `subscriptionId,amount\n${line.repeat(Math.ceil(MAX_CSV_BYTES / line.length) + 10)}`;
      const response = await uploadCsv(csvForm(big));
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(await stack.upstreamCalls('POST /mw/v1/subscriptions/charges/upload-csv')).toBe(0);
    });
  });
});
