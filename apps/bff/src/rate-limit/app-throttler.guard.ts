import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';

/**
 * Limits each app (by its API key's name), across every route and every BFF instance. Runs after the API-key guard;
 * public routes (health, docs) carry no app and are not limited, so probes never see a 429.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !context.switchToHttp().getRequest<AuthenticatedRequest>().apiClient;
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return (request as AuthenticatedRequest).apiClient!.name;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }
}
