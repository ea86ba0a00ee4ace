import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiClient } from './api-clients.js';
import type { Scope } from './scopes.js';

export const PUBLIC_ROUTE = 'bff:public';
export const REQUIRED_SCOPES = 'bff:scopes';

/** No API key needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The app needs every one of these scopes. */
export const RequireScopes = (...scopes: Scope[]) => SetMetadata(REQUIRED_SCOPES, scopes);

export type AuthenticatedRequest = { apiClient?: ApiClient };

/** The calling app, as identified by the API key guard. */
export const CurrentApp = createParamDecorator((_data: unknown, context: ExecutionContext): ApiClient => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().apiClient!;
});
