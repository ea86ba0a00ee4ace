import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_TERMINALS } from '../../state/demo-world.js';

export const TERMINAL_TYPES = ['tapToPhone', 'pos', 'mpos'] as const;
export type TerminalType = (typeof TERMINAL_TYPES)[number];

export interface Terminal {
  terminalId: number;
  deviceId: string;
  externalTerminalId: string;
  /** The business owner the terminal was provisioned for. */
  authUserId: number;
  commerceId: number;
  branchCode: string;
  currency: string;
  terminalType: TerminalType;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export function terminalView(t: Terminal) {
  return { ...t };
}

/** Terminals (devices) of businesses: the seeded ones plus one per registered lead. */
@Injectable()
export class Terminals implements Resettable {
  private terminals = new Map<number, Terminal>();
  private readonly terminalIds = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  byDevice(deviceId: string): Terminal {
    const terminal = [...this.terminals.values()].find((t) => t.deviceId === deviceId);
    if (!terminal) throw MigoBusinessError.named('TERMINAL_NOT_FOUND');
    return terminal;
  }

  find(terminalId: number): Terminal | undefined {
    return this.terminals.get(terminalId);
  }

  byId(terminalId: number): Terminal {
    const terminal = this.terminals.get(terminalId);
    if (!terminal) throw MigoBusinessError.named('TERMINAL_NOT_FOUND');
    return terminal;
  }

  byExternalId(externalTerminalId: string): Terminal {
    const terminal = [...this.terminals.values()].find((t) => t.externalTerminalId === externalTerminalId);
    if (!terminal) throw MigoBusinessError.named('TERMINAL_NOT_FOUND');
    return terminal;
  }

  create(input: Omit<Terminal, 'terminalId' | 'externalTerminalId' | 'createdAt' | 'updatedAt'>): Terminal {
    this.assertFree(input.deviceId);
    const now = new Date().toISOString();
    const terminalId = this.terminalIds.take();
    const terminal: Terminal = { ...input, terminalId, externalTerminalId: `TRM-EXT-${String(terminalId).padStart(3, '0')}`, createdAt: now, updatedAt: now };
    this.terminals.set(terminalId, terminal);
    return terminal;
  }

  /** Fails with 409 / 7006 when the device id is already taken. */
  assertFree(deviceId: string): void {
    if ([...this.terminals.values()].some((t) => t.deviceId === deviceId)) {
      throw MigoBusinessError.named('EXTERNAL_ID_ALREADY_EXISTS', `Device ${deviceId} is already registered.`);
    }
  }

  update(deviceId: string, patch: { isActive: boolean; newDeviceId?: string; externalTerminalId?: string; terminalType?: TerminalType }): Terminal {
    const terminal = this.byDevice(deviceId);
    const others = [...this.terminals.values()].filter((t) => t !== terminal);
    if (patch.newDeviceId !== undefined && others.some((t) => t.deviceId === patch.newDeviceId)) {
      throw MigoBusinessError.named('EXTERNAL_ID_ALREADY_EXISTS', `Device ${patch.newDeviceId} is already registered.`);
    }
    if (patch.externalTerminalId !== undefined && others.some((t) => t.externalTerminalId === patch.externalTerminalId)) {
      throw MigoBusinessError.named('EXTERNAL_ID_ALREADY_EXISTS', `External terminal id ${patch.externalTerminalId} is already in use.`);
    }
    terminal.isActive = patch.isActive;
    if (patch.newDeviceId !== undefined) terminal.deviceId = patch.newDeviceId;
    if (patch.externalTerminalId !== undefined) terminal.externalTerminalId = patch.externalTerminalId;
    if (patch.terminalType !== undefined) terminal.terminalType = patch.terminalType;
    terminal.updatedAt = new Date().toISOString();
    return terminal;
  }

  remove(deviceId: string): Terminal {
    const terminal = this.byDevice(deviceId);
    this.terminals.delete(terminal.terminalId);
    return terminal;
  }

  reset(): void {
    this.terminals = new Map();
    this.terminalIds.reset();
    const seededAt = new Date(Date.now() - 200 * 86_400_000).toISOString();
    for (const seed of SEED_TERMINALS) {
      this.terminals.set(seed.terminalId, { ...seed, terminalType: seed.terminalType as TerminalType, createdAt: seededAt, updatedAt: seededAt });
      this.terminalIds.advancePast(seed.terminalId);
    }
  }
}
