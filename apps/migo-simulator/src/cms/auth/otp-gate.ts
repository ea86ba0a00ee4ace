import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, Type, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { OtpStore } from '../../core/otp-store.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import type { CmsOperator } from '../cms-directory.js';
import type { CmsRequest } from './cms-request.js';

/**
 * `always`: the operation needs OTP for every operator (process requests, permission grants, closing a cardholder).
 * `conditional`: only for operators "subject to OTP elevation" (`otpRequired`), Migo's conditional OTP guard
 * (cardholder detail, bulk uploads).
 */
export type OtpRule = 'always' | 'conditional';

const OTP_RULE = Symbol('cms:otp-rule');

export function elevationSubject(operator: CmsOperator): string {
  return `cmsUser:${operator.id}`;
}

/**
 * Passes when the operator's session was elevated recently (PUT /app/users/auth/otp), or when the request carries
 * an inline 6-digit `otp` that is the operator's latest unused code (consumed here). Otherwise 403 8006 when no
 * code was sent, 403 8007 when the code is wrong, expired or already used.
 */
@Injectable()
export class OtpGate {
  constructor(private readonly otps: OtpStore) {}

  check(operator: CmsOperator, rule: OtpRule, inlineOtp: unknown): void {
    if (rule === 'conditional' && !operator.otpRequired) return;
    if (this.otps.isElevated(elevationSubject(operator))) return;
    if (inlineOtp === undefined || inlineOtp === null || inlineOtp === '') throw MigoBusinessError.named('OTP_REQUIRED');
    if (typeof inlineOtp !== 'string' || !/^\d{6}$/.test(inlineOtp) || !this.otps.consume(operator.email, inlineOtp)) {
      throw MigoBusinessError.named('OTP_INVALID');
    }
  }
}

/**
 * Runs after the body is parsed: an interceptor rather than a guard because guards run before the multipart
 * interceptors, and the `otp` of the uploads and of the process request is a form field.
 */
@Injectable()
export class OtpGateInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly gate: OtpGate,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.get<OtpRule>(OTP_RULE, context.getHandler());
    const request = context.switchToHttp().getRequest<CmsRequest>();
    if (!request.cmsOperator) throw new Error('OtpGated route without CmsSessionGuard');
    const body = request.body as Record<string, unknown> | undefined;
    this.gate.check(request.cmsOperator, rule, body?.otp);
    return next.handle();
  }
}

/** Marks a route as OTP-gated. `bodyParsers` (e.g. a FileInterceptor) run first so an inline form `otp` is seen. */
export function OtpGated(rule: OtpRule, ...bodyParsers: Array<Type<NestInterceptor>>) {
  return applyDecorators(SetMetadata(OTP_RULE, rule), UseInterceptors(...bodyParsers, OtpGateInterceptor));
}
