import { applyDecorators } from '@nestjs/common';
import { IsNumber, IsPositive } from 'class-validator';
import { AMOUNT_OPTIONS } from '../../shared/validation-helpers.js';

export const CURRENCY = /^[A-Z]{3}$/;
export const CURRENCY_MESSAGE = { message: 'currency must be an ISO 4217 code such as GTQ' };

/** Middleware amounts: a JSON number above zero with at most 4 decimals (Migo's rule, checked before any call). */
export function IsMiddlewareAmount(field = 'amount'): PropertyDecorator {
  return applyDecorators(IsNumber(AMOUNT_OPTIONS, { message: `${field} must be a number with at most 4 decimals` }), IsPositive({ message: `${field} must be greater than zero` }));
}
