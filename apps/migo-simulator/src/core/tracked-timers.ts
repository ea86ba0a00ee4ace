/** Background steps of a store: unref()ed so they never keep the process alive, cleared on reset and shutdown. */
export class TrackedTimers {
  private readonly timers = new Set<NodeJS.Timeout>();

  schedule(delayMs: number, step: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      step();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
    return timer;
  }

  cancel(timer: NodeJS.Timeout | undefined): void {
    if (!timer) return;
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
