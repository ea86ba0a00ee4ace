import { BadRequestException, Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { AdvanceClockBody } from './settlements.dto.js';
import { Settlements } from './settlements.store.js';

/** Control plane (/__sim/settlements): read and advance the settlement clock, so tests step over cutoffs without sleeping. */
@Controller()
export class SettlementClockController {
  constructor(private readonly settlements: Settlements) {}

  @Get('clock')
  read() {
    return { now: new Date(this.settlements.clock.now()).toISOString() };
  }

  /** Moves the clock forward (`advanceHours`, or `to` an instant) and runs the cutoffs it passed. */
  @Post('clock')
  @HttpCode(200)
  advance(@Body() body: AdvanceClockBody) {
    const by = body.to !== undefined ? Date.parse(body.to) - this.settlements.clock.now() : (body.advanceHours ?? 0) * 3_600_000;
    if (by < 0) throw new BadRequestException('The settlement clock only moves forward.');
    this.settlements.clock.advance(by);
    return { now: new Date(this.settlements.catchUp()).toISOString() };
  }
}
