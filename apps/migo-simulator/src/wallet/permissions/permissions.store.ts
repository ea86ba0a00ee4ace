import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_CARD_PERMISSIONS, SEED_ROLES } from './permissions.seed.js';

export interface Permission {
  permissionId: number;
  resource: string;
  action: string;
  description: string | null;
}

export interface UserGrant {
  roleId: number;
  permissionId: number;
  granted: boolean;
  updatedAt: string;
}

/** The Wallet permission catalogue and the direct grants of each user (`granted:false` keeps a revocation). */
@Injectable()
export class Permissions implements Resettable {
  private permissions = new Map<number, Permission>();
  private grants = new Map<number, Map<string, UserGrant>>();
  private readonly permissionIds = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  list(): Permission[] {
    return [...this.permissions.values()];
  }

  /** Adds the pairs that do not exist yet; an existing `{resource, action}` is answered as it is. */
  define(items: Array<{ resource: string; action: string; description?: string }>): Permission[] {
    return items.map((item) => {
      const existing = this.list().find((p) => p.resource === item.resource && p.action === item.action);
      if (existing) return existing;
      const permission: Permission = { permissionId: this.permissionIds.take(), resource: item.resource, action: item.action, description: item.description ?? null };
      this.permissions.set(permission.permissionId, permission);
      return permission;
    });
  }

  /** Checks every id before writing anything, so a bad item leaves the user's grants untouched. */
  grant(userId: number, items: Array<{ roleId: number; permissionId: number; granted: boolean }>): void {
    for (const item of items) {
      if (!SEED_ROLES.some((r) => r.roleId === item.roleId)) throw new MigoBusinessError('7000', `Unknown roleId ${item.roleId}.`);
      if (!this.permissions.has(item.permissionId)) throw new MigoBusinessError('7000', `Unknown permissionId ${item.permissionId}.`);
    }
    const userGrants = this.grants.get(userId) ?? new Map<string, UserGrant>();
    const updatedAt = new Date().toISOString();
    for (const item of items) userGrants.set(`${item.roleId}:${item.permissionId}`, { ...item, updatedAt });
    this.grants.set(userId, userGrants);
  }

  grantsOf(userId: number) {
    return [...(this.grants.get(userId)?.values() ?? [])].map((g) => {
      const permission = this.permissions.get(g.permissionId)!;
      return { roleId: g.roleId, permissionId: g.permissionId, resource: permission.resource, action: permission.action, granted: g.granted, updatedAt: g.updatedAt };
    });
  }

  reset(): void {
    this.permissions = new Map();
    this.grants = new Map();
    this.permissionIds.reset();
    this.define(SEED_CARD_PERMISSIONS.map((p) => ({ resource: 'cards', ...p })));
  }
}
