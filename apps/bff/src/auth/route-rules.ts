import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { ACCESS_DECLARATION, AccessDeclaration } from '../access/access-declaration.js';
import { PUBLIC_ROUTE, REQUIRED_SCOPES } from './auth.decorators.js';
import type { Scope } from './scopes.js';

/** What a route declares about who may call it: read from its metadata once, then kept. */
export interface RouteRules {
  isPublic: boolean;
  scopes?: Scope[];
  access?: AccessDeclaration;
}

/** Per controller class, then handler (a handler inherited by two controllers may carry different class-level rules). */
const rulesByClass = new WeakMap<object, WeakMap<object, RouteRules>>();

/**
 * The serving route's rules (handler first, then its controller). Metadata cannot change once the app is built, so the
 * guards on every request look them up instead of asking the reflector three times.
 */
export function routeRules(reflector: Reflector, context: ExecutionContext): RouteRules {
  const handler = context.getHandler();
  const controller = context.getClass();
  let byHandler = rulesByClass.get(controller);
  if (!byHandler) rulesByClass.set(controller, (byHandler = new WeakMap()));
  let rules = byHandler.get(handler);
  if (!rules) {
    const targets = [handler, controller];
    rules = {
      isPublic: reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
      scopes: reflector.getAllAndOverride<Scope[] | undefined>(REQUIRED_SCOPES, targets),
      access: reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_DECLARATION, targets),
    };
    byHandler.set(handler, rules);
  }
  return rules;
}
