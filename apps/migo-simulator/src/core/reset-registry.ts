import { Injectable } from '@nestjs/common';

export interface Resettable {
  /** Put the state back to the seed. Must be synchronous so POST /__sim/reset is atomic. */
  reset(): void;
}

/** Every stateful simulator service registers itself here; POST /__sim/reset calls them all. */
@Injectable()
export class ResetRegistry {
  private readonly members: Resettable[] = [];

  register(member: Resettable): void {
    this.members.push(member);
    member.reset();
  }

  resetAll(): void {
    for (const member of this.members) member.reset();
  }
}
