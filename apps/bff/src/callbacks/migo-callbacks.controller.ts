import { Body, Controller, HttpCode, Inject, Logger, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ProblemError, ProblemType, redactUrl } from '#common';
import { PollHints } from '#jobs';
import { Public } from '../auth/auth.decorators.js';
import { AnsweredLocally, OperationId, Refuses } from '../openapi/route-docs.js';
import { POLL_HINTS } from './poll-hints.provider.js';
import { CALLBACK_TOKEN } from './callback-token.js';
import { paymentLinkUidOf, subscriptionIdOf } from './migo-callback-bodies.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Migo's callbacks (the Merchant Generic Callback of payment links, the subscription callback), taken only as hints:
 * the payment link's trackers or the subscription's watches are polled now (within the poll
 * budget, at most once per object per CALLBACK_HINT_MIN_INTERVAL_MS) and the poll's answer is what the job records.
 * Unsigned, so the secret path segment is the only gate: a wrong one answers exactly like an unknown route. Whatever
 * the body says, and whether or not anyone follows the link, the answer is the same 204.
 */
@Public()
@Refuses(400, 404, 411, 413, 429)
@Controller('v1/callbacks/migo')
export class MigoCallbacksController {
  private readonly logger = new Logger(MigoCallbacksController.name);
  private readonly expectedToken: Buffer;

  constructor(
    @Inject(POLL_HINTS) private readonly hints: PollHints,
    @Inject(CALLBACK_TOKEN) token: string,
  ) {
    this.expectedToken = digest(token);
  }

  @Post(':token/payment-links')
  @OperationId('receivePaymentLinkCallback')
  @HttpCode(204)
  @AnsweredLocally()
  async paymentLink(@Param('token') token: string, @Body() body: unknown, @Req() request: FastifyRequest): Promise<void> {
    this.checkToken(token, request);
    await this.hint('middleware.payment-link', paymentLinkUidOf(body));
  }

  /** Migo's subscription callback (`subsCallback`): the subscription's watches poll now. */
  @Post(':token/subscriptions')
  @OperationId('receiveSubscriptionCallback')
  @HttpCode(204)
  @AnsweredLocally()
  async subscription(@Param('token') token: string, @Body() body: unknown, @Req() request: FastifyRequest): Promise<void> {
    this.checkToken(token, request);
    await this.hint('middleware.subscription', subscriptionIdOf(body));
  }

  private checkToken(token: string, request: FastifyRequest): void {
    if (!timingSafeEqual(digest(token), this.expectedToken)) {
      throw ProblemError.of(404, ProblemType.notFound, 'Not found', `No route POST ${redactUrl(request.url.split('?')[0])}`);
    }
  }

  private async hint(type: 'middleware.payment-link' | 'middleware.subscription', upstreamId: string | undefined): Promise<void> {
    if (!upstreamId) return;
    try {
      await this.hints.hint(type, upstreamId);
    } catch (error) {
      // A lost hint changes nothing: the regular polling still finds the outcome.
      this.logger.warn({ type, err: error instanceof Error ? error.message : String(error) }, 'could not act on a callback');
    }
  }
}
