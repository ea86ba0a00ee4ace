import { Injectable } from '@nestjs/common';
import { sixDigitCode } from './ids.js';
import { ResetRegistry, Resettable } from './reset-registry.js';
import { SimSettings } from './sim-settings.service.js';

interface IssuedOtp {
  email: string;
  purpose: string;
  code: string;
  expiresAt: number;
  used: boolean;
}

/**
 * One-time codes for the Wallet and CMS OTP endpoints. Migo e-mails them; the simulator keeps them readable
 * on the control plane (GET /__sim/otp/:email) so tests and integrators can complete the flow.
 */
@Injectable()
export class OtpStore implements Resettable {
  private issued = new Map<string, IssuedOtp>();
  private elevatedUntil = new Map<string, number>();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
  ) {
    registry.register(this);
  }

  issue(email: string, purpose: string): IssuedOtp {
    const otp = { email: email.toLowerCase(), purpose, code: sixDigitCode(), expiresAt: Date.now() + this.settings.current.otpTtlSeconds * 1000, used: false };
    this.issued.set(otp.email, otp);
    return otp;
  }

  latest(email: string): IssuedOtp | undefined {
    return this.issued.get(email.toLowerCase());
  }

  /** Checks and consumes a code. Purpose is not compared when omitted (codes sent inline with an operation). */
  consume(email: string, code: string, purpose?: string): boolean {
    const otp = this.issued.get(email.toLowerCase());
    if (!otp || otp.used || otp.code !== code || otp.expiresAt < Date.now()) return false;
    if (purpose !== undefined && otp.purpose !== purpose) return false;
    otp.used = true;
    return true;
  }

  /** Marks a session subject as having "recently completed OTP". */
  elevate(subject: string): number {
    const until = Date.now() + this.settings.current.otpElevationSeconds * 1000;
    this.elevatedUntil.set(subject, until);
    return until;
  }

  isElevated(subject: string): boolean {
    return (this.elevatedUntil.get(subject) ?? 0) > Date.now();
  }

  reset(): void {
    this.issued = new Map();
    this.elevatedUntil = new Map();
  }
}
