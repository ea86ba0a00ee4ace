import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { bffValidationPipe } from '../../../http/validation.js';
import { DirectRegistrationBody, InvitationRegistrationBody } from './users.dto.js';

/**
 * `POST /users` has two bodies and Migo picks one by `invitationCode`; so does this pipe, then validates the body
 * against that mode's DTO exactly as the global pipe would (a field of the other mode is an unknown field).
 */
@Injectable()
export class RegistrationBodyPipe implements PipeTransform<unknown, Promise<InvitationRegistrationBody | DirectRegistrationBody>> {
  private readonly validation = bffValidationPipe();

  transform(value: unknown, metadata: ArgumentMetadata) {
    const body = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const invited = body.invitationCode !== undefined && body.invitationCode !== null;
    return this.validation.transform(body, { ...metadata, metatype: invited ? InvitationRegistrationBody : DirectRegistrationBody });
  }
}
