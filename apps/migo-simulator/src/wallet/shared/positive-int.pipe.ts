import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { MigoBusinessError } from '../../core/sim-errors.js';

/**
 * Numeric path ids (cardId, userId, transfer id…). A bad id is Migo's 400 / 7000, thrown as a business error
 * so that every Wallet envelope (including the terminal-payment one) renders it.
 */
@Injectable()
export class PositiveIntPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    if (!/^[1-9]\d{0,14}$/.test(value)) throw new MigoBusinessError('7000', `${metadata.data ?? 'id'} must be a positive integer.`);
    return Number(value);
  }
}
