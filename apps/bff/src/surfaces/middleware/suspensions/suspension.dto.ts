import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Validate, ValidationArguments, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import type { NewSuspension, SuspensionList, SuspensionType } from '#middleware';
import { PageQuery } from '../../shared/validation-helpers.js';
import { SUSPENSION_LISTS, SUSPENSION_TYPES, suspensionValueProblem } from './suspension-values.js';

@ValidatorConstraint({ name: 'suspensionValue' })
class FitsSuspensionType implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return typeof value === 'string' && suspensionValueProblem((args.object as CreateSuspensionBody).type, value) === undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    const value = args.value;
    return typeof value === 'string' ? (suspensionValueProblem((args.object as CreateSuspensionBody).type, value) ?? 'value is invalid') : 'value must be a string';
  }
}

/** `POST /v1/middleware/suspensions`: one block or allow entry of a client, with why it was listed. */
export class CreateSuspensionBody implements NewSuspension {
  @IsString() @IsNotEmpty() client!: string;
  @IsIn(SUSPENSION_LISTS) list!: SuspensionList;
  @IsIn(SUSPENSION_TYPES) type!: SuspensionType;
  @Validate(FitsSuspensionType) value!: string;
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

/** `GET /v1/middleware/suspensions`: an app limited to one partner may leave `client` out (it is forced to that partner). */
export class ListSuspensionsQuery extends PageQuery {
  @IsOptional() @IsString() @IsNotEmpty() client?: string;
  @IsOptional() @IsIn(SUSPENSION_LISTS) list?: SuspensionList;
}

/** `DELETE /v1/middleware/suspensions/{id}?client=`: Migo removes an entry only for its own client. */
export class RemoveSuspensionQuery {
  @IsString() @IsNotEmpty() client!: string;
}
