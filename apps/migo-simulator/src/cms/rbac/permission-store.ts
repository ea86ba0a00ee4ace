import { Injectable } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_OPERATORS } from '../../state/demo-world.js';
import type { NewPermission, PermissionGrant } from './rbac.dto.js';

export interface Permission {
  permissionId: number;
  resource: string;
  action: string;
  description: string | null;
}

/** The built-in CMS resources and actions, from Migo's "Permissions & roles" page, with the module each belongs to. */
const BUILT_IN: ReadonlyArray<{ resource: string; module: string; actions: string[] }> = [
  { resource: 'users', module: 'CMS users', actions: ['create', 'update', 'list', 'detail', 'change_status'] },
  { resource: 'bulk-create', module: 'Bulk uploads', actions: ['create'] },
  { resource: 'cardholders', module: 'Cardholders', actions: ['create', 'update', 'list', 'detail', 'otp'] },
  { resource: 'cards-admin', module: 'Cards administration', actions: ['activate', 'block', 'unblock', 'transfer', 'addFunds', 'withdrawFunds', 'detail', 'otp', 'balance-account'] },
  { resource: 'card-movements', module: 'Card movements', actions: ['list', 'detail', 'revert'] },
  { resource: 'balance-management', module: 'Balance management', actions: ['create', 'list', 'cancel', 'otp'] },
  { resource: 'approvals', module: 'Approvals', actions: ['list', 'detail', 'update'] },
];

/** Seeded direct grants: full access where an operator works, read-only for the Globex support desk. */
const READ_ONLY_OPERATORS = new Set([3]);
const READ_ACTIONS = new Set(['list', 'detail']);

const grantKey = (permissionId: number, partnerId: string) => `${permissionId}@${partnerId}`;

/**
 * Permissions, the modules that group them, and per-partner grants to operators. Grants are stored and reported;
 * the simulator does not enforce them on the other CMS routes.
 */
@Injectable()
export class PermissionStore implements Resettable {
  private permissions: Permission[] = [];
  private grants = new Map<number, Set<string>>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  modules() {
    const byResource = new Map<string, Permission[]>();
    for (const permission of this.permissions) byResource.set(permission.resource, [...(byResource.get(permission.resource) ?? []), permission]);
    return [...byResource.entries()].map(([resource, permissions], index) => ({
      id: index + 1,
      name: BUILT_IN.find((b) => b.resource === resource)?.module ?? resource,
      resource,
      permissions: permissions.map(({ permissionId, resource: r, action }) => ({ permissionId, resource: r, action })),
    }));
  }

  /** All or nothing: a pair that already exists (or repeats in the request) is a conflict (7508). */
  create(entries: NewPermission[]): Permission[] {
    const seen = new Set(this.permissions.map((p) => `${p.resource}:${p.action}`));
    for (const entry of entries) {
      const key = `${entry.resource}:${entry.action}`;
      if (seen.has(key)) throw MigoBusinessError.named('PERMISSION_ALREADY_EXISTS', `Permission ${key} already exists.`);
      seen.add(key);
    }
    return entries.map((entry) => this.add(entry.resource, entry.action, entry.description ?? null));
  }

  permission(permissionId: number): Permission {
    const permission = this.permissions.find((p) => p.permissionId === permissionId);
    if (!permission) throw MigoBusinessError.named('PERMISSION_NOT_FOUND', `Permission ${permissionId} not found.`);
    return permission;
  }

  effective(operatorId: number, partnerId: string): Permission[] {
    const keys = this.grants.get(operatorId) ?? new Set<string>();
    return this.permissions.filter((p) => keys.has(grantKey(p.permissionId, partnerId)));
  }

  grant(operatorId: number, entries: PermissionGrant[]): void {
    const keys = this.grants.get(operatorId) ?? new Set<string>();
    this.grants.set(operatorId, keys);
    for (const entry of entries) keys.add(grantKey(entry.permissionId, entry.partnerId));
  }

  revoke(operatorId: number, entries: PermissionGrant[]): void {
    const keys = this.grants.get(operatorId);
    for (const entry of entries) keys?.delete(grantKey(entry.permissionId, entry.partnerId));
  }

  reset(): void {
    this.permissions = [];
    for (const { resource, actions } of BUILT_IN) for (const action of actions) this.add(resource, action, null);
    this.grants = new Map();
    for (const operator of SEED_OPERATORS) {
      const granted = this.permissions.filter((p) => !READ_ONLY_OPERATORS.has(operator.id) || READ_ACTIONS.has(p.action));
      this.grants.set(operator.id, new Set(operator.partners.flatMap((partnerId) => granted.map((p) => grantKey(p.permissionId, partnerId)))));
    }
  }

  private add(resource: string, action: string, description: string | null): Permission {
    const permission = { permissionId: this.permissions.length + 1, resource, action, description };
    this.permissions.push(permission);
    return permission;
  }
}
