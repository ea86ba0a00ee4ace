import { Injectable } from '@nestjs/common';
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { MigoBusinessError } from '../core/sim-errors.js';
import { SEED_OPERATORS, SEED_PARTNERS, SeedOperator, SeedPartner } from '../state/demo-world.js';

/** A CMS operator as the simulator keeps it: the seed without the clear-text password. */
export type CmsOperator = Omit<SeedOperator, 'password'>;

interface StoredOperator {
  operator: CmsOperator;
  salt: Buffer;
  passwordHash: Buffer;
}

function hashPassword(password: string, salt: Buffer): Buffer {
  return scryptSync(password, salt, 32);
}

/** The seeded partners and operators. Both are fixed (no CRUD is documented), so nothing here needs a reset. */
@Injectable()
export class CmsDirectory {
  private readonly operators: StoredOperator[] = SEED_OPERATORS.map(({ password, ...operator }) => {
    const salt = randomBytes(16);
    return { operator, salt, passwordHash: hashPassword(password, salt) };
  });

  partners(): readonly SeedPartner[] {
    return SEED_PARTNERS;
  }

  findPartner(partnerId: string): SeedPartner | undefined {
    return SEED_PARTNERS.find((p) => p.partnerId === partnerId);
  }

  partner(partnerId: string): SeedPartner {
    const partner = this.findPartner(partnerId);
    if (!partner) throw MigoBusinessError.named('PARTNER_NOT_FOUND');
    return partner;
  }

  findOperator(id: number): CmsOperator | undefined {
    return this.operators.find((o) => o.operator.id === id)?.operator;
  }

  operator(id: number): CmsOperator {
    const operator = this.findOperator(id);
    if (!operator) throw MigoBusinessError.named('CMS_USER_NOT_FOUND');
    return operator;
  }

  /** The operator whose e-mail and password match, or undefined (the caller answers 8004 either way). */
  authenticate(email: string, password: string): CmsOperator | undefined {
    const stored = this.operators.find((o) => o.operator.email === email.trim().toLowerCase());
    if (!stored) return undefined;
    return timingSafeEqual(hashPassword(password, stored.salt), stored.passwordHash) ? stored.operator : undefined;
  }
}
