import { Matches } from 'class-validator';

/** A partner slug: letters, digits, `-` and `_`, with at least one letter (so a card number, even grouped, is not one). */
export const PARTNER_SLUG = /^(?=.*[A-Za-z])[A-Za-z0-9_-]{1,64}$/;

export const PartnerSlug = () => Matches(PARTNER_SLUG, { message: 'partnerId must be a partner slug (letters, digits, - and _)' });
