import type { MiddlewareCallOptions, MiddlewareCalls } from '../middleware-calls.js';
import type { NewPlan, Plan, PlanUpdate } from '../middleware.types.js';

/** Subscription plans (Middleware JWT). */
export class MiddlewarePlans {
  constructor(private readonly calls: MiddlewareCalls) {}

  listPlans(query: { client: string }, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Plan[]>('GET', '/v1/plans/list', {}, options, { query: { ...query } });
  }

  getPlan(planId: string, client: string, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Plan>('GET', '/v1/plans/:planId/client/:client/detail', { planId, client }, options);
  }

  createPlan(body: NewPlan, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Plan>('POST', '/v1/plans', {}, options, { body });
  }

  updatePlan(body: PlanUpdate, options?: MiddlewareCallOptions) {
    return this.calls.jwt<Plan>('PUT', '/v1/plans', {}, options, { body });
  }
}
