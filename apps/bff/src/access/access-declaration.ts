import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { ObjectRef } from './object-refs.js';
import { FormAccessInterceptor } from './form-access.interceptor.js';
import { PartnerListFilter } from './partner-list.filter.js';

export const ACCESS_DECLARATION = 'bff:access';

/**
 * How a route's object maps to a partner, stated beside the handler. Exactly one per route (public routes aside); the
 * PartnerAccessGuard enforces it and the BFF refuses to start while a route has none (access-boot-check.ts).
 */
export type AccessDeclaration =
  /**
   * Every object the request names must belong to one of the app's partners (all of them, not one). The guard checks
   * `beforeBody` refs; `afterForm` ones (multipart fields) are checked once the form is parsed.
   */
  | { kind: 'partner-of'; refs: ObjectRef[]; beforeBody: ObjectRef[]; afterForm: ObjectRef[] }
  /** A list whose items each name their partner: apps limited to some partners get only theirs. */
  | { kind: 'partner-filtered-list'; itemPartner: (item: unknown) => string | null | undefined; why: string }
  /** The calling app's own records (its jobs, its support records), each filtered by its partner where it has one. */
  | { kind: 'own-records'; why: string }
  /** Not any partner's data (the BFF's own Wallet application, end-user self-service, operations). */
  | { kind: 'not-partner-data'; why: string }
  /** Partner data whose partner Migo does not say: only apps open to every partner may use it. */
  | { kind: 'all-partners-only'; why: string };

/**
 * The route names these objects (path, query or body) and each must be of one of the app's partners, e.g.
 * `@PartnerOf(WalletCard.param('cardId'))`, `@PartnerOf(WalletCard.body('fromCardId'), WalletCard.body('toCardId'))`.
 * Refs read from multipart form fields are checked once the form is parsed: put this decorator above the route's
 * @Upload (the boot check refuses the other order).
 */
export function PartnerOf(...refs: ObjectRef[]): MethodDecorator & ClassDecorator {
  if (refs.length === 0) throw new Error('@PartnerOf needs at least one object reference');
  const afterForm = refs.filter((ref) => ref.source === 'form');
  const declaration: AccessDeclaration = { kind: 'partner-of', refs, beforeBody: refs.filter((ref) => ref.source !== 'form'), afterForm };
  return applyDecorators(SetMetadata(ACCESS_DECLARATION, declaration), ...(afterForm.length > 0 ? [UseInterceptors(FormAccessInterceptor)] : []));
}

/** A list spanning partners, filtered for apps limited to some: `itemPartner` names each item's partner. */
export function PartnerFilteredList<T>(itemPartner: (item: T) => string | null | undefined, why: string): MethodDecorator {
  const declaration: AccessDeclaration = { kind: 'partner-filtered-list', itemPartner: itemPartner as (item: unknown) => string | null | undefined, why };
  return applyDecorators(SetMetadata(ACCESS_DECLARATION, declaration), UseInterceptors(PartnerListFilter));
}

export const OwnRecords = (why: string) => SetMetadata(ACCESS_DECLARATION, { kind: 'own-records', why } satisfies AccessDeclaration);

export const NotPartnerData = (why: string) => SetMetadata(ACCESS_DECLARATION, { kind: 'not-partner-data', why } satisfies AccessDeclaration);

export const AllPartnersOnly = (why: string) => SetMetadata(ACCESS_DECLARATION, { kind: 'all-partners-only', why } satisfies AccessDeclaration);

/**
 * The partner the access check found for the request's object, when the app is limited to some partners and the object
 * has exactly one of theirs (a card's partner, for the job that follows its statement); undefined otherwise.
 */
export const ResolvedPartner = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const partners = context.switchToHttp().getRequest<{ resolvedPartners?: string[] }>().resolvedPartners;
  return partners?.length === 1 ? partners[0] : undefined;
});
