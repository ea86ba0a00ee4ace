import { randomUUID } from 'node:crypto';
import type { FaultStack, HttpAnswer } from '#test-support';

/** What one Idempotency-Key ended as, from the client's side. */
export interface KeyedWrite {
  key: string;
  /** Text the client put in the write itself, to find how often Migo applied it. */
  marker: string;
  kind: 'transfer' | 'payment-link';
  /** The last answer; `resolved` once it is final (a 2xx, or a 4xx other than 409). */
  status?: number;
  resolved: boolean;
  attempts: number;
  jobId?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A final answer for a keyed write: success, or a refusal that retrying cannot change. 409 (in progress, unknown outcome) is not. */
const isFinal = (status: number) => (status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 409 && status !== 429);

/**
 * The soak's clients: they behave as a careful app would — a keyed write is retried with its key until it gets a final
 * answer, a read is simply read again — against whichever BFF is up, and keep what they saw for the invariants.
 */
export class SoakWorkload {
  readonly writes: KeyedWrite[] = [];
  readonly jobIds = new Set<string>();
  reads = 0;
  private stopped = false;
  private sequence = 0;

  constructor(
    private readonly stack: FaultStack,
    private readonly bffUrls: () => string[],
  ) {}

  stop(): void {
    this.stopped = true;
  }

  private url(): string {
    const urls = this.bffUrls();
    return urls[this.sequence++ % urls.length];
  }

  private async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer | undefined> {
    try {
      return await this.stack.call(this.url(), method, path, body, 'all', headers);
    } catch {
      return undefined; // the BFF was killed or is restarting: the client tries again
    }
  }

  /** Reads and views, one after another, until stopped. */
  async readLoop(): Promise<void> {
    const paths = ['/v1/wallet/cards/5001', '/v1/views/cards/5003/activity', '/v1/wallet/users/101', '/v1/views/partners/acme/overview', '/v1/jobs?limit=5'];
    while (!this.stopped) {
      await this.call('GET', paths[this.reads++ % paths.length]);
      await sleep(50);
    }
  }

  /** Keyed card transfers (back and forth, so balances last), each retried with its key until final. */
  async transferLoop(deadline: () => number): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      const [from, to] = n % 2 === 0 ? [5001, 5002] : [5002, 5001];
      const write: KeyedWrite = { key: `soak-transfer-${randomUUID()}`, marker: `soak-${randomUUID().slice(0, 12)}`, kind: 'transfer', resolved: false, attempts: 0 };
      this.writes.push(write);
      await this.untilFinal(write, deadline, () => this.call('POST', '/v1/wallet/cards/transfer', { fromCardId: from, toCardId: to, amount: 0.01, observations: write.marker }, { 'idempotency-key': write.key }));
      await sleep(200);
    }
  }

  /** Keyed payment links (each followed by a job the soak settles), retried with their key until final. */
  async paymentLinkLoop(deadline: () => number): Promise<void> {
    while (!this.stopped) {
      const marker = `soak-${randomUUID().slice(0, 12)}`;
      const write: KeyedWrite = { key: `soak-link-${randomUUID()}`, marker, kind: 'payment-link', resolved: false, attempts: 0 };
      this.writes.push(write);
      const answer = await this.untilFinal(write, deadline, () => this.call('POST', '/v1/middleware/transactions', { amount: 3.5, userId: 'soak@example.gt', channel: 'web', client: 'acme', externalId: marker }, { 'idempotency-key': write.key }));
      if (answer?.status === 202 && answer.body?.job?.id) {
        write.jobId = answer.body.job.id;
        this.jobIds.add(answer.body.job.id);
      }
      await sleep(1500);
    }
  }

  /** CMS card uploads (JSON rows), each followed by its job. */
  async uploadLoop(): Promise<void> {
    while (!this.stopped) {
      const rows = Array.from({ length: 3 }, (_, i) => ({ alias: `Soak ${i}`, currency: 'GTQ' }));
      const answer = await this.call('POST', '/v1/cms/partners/acme/cards/upload', rows);
      if (answer?.status === 202 && answer.body?.job?.id) this.jobIds.add(answer.body.job.id);
      await sleep(4000);
    }
  }

  private async untilFinal(write: KeyedWrite, deadline: () => number, send: () => Promise<HttpAnswer | undefined>): Promise<HttpAnswer | undefined> {
    let answer: HttpAnswer | undefined;
    while (Date.now() < deadline()) {
      write.attempts++;
      answer = await send();
      if (answer) write.status = answer.status;
      if (answer && isFinal(answer.status)) {
        write.resolved = true;
        return answer;
      }
      await sleep(answer?.status === 429 ? 1000 : 500 + Math.random() * 500);
    }
    return answer;
  }
}
