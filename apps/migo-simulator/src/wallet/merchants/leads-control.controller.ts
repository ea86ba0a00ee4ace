import { Body, ConflictException, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { leadView, Leads } from './leads.store.js';

class RejectLeadBody {
  @IsString() @IsNotEmpty() @MaxLength(500) reason!: string;
}

/** Control plane (/__sim/leads): Migo's onboarding team turns a pending lead down (approval is its owner registering). */
@Controller('leads')
export class LeadsControlController {
  constructor(private readonly leads: Leads) {}

  @Post(':leadId/reject')
  @HttpCode(200)
  reject(@Param('leadId') leadId: string, @Body() body: RejectLeadBody) {
    const lead = this.leads.reject(leadId, body.reason);
    if (!lead) throw new ConflictException(`No pending lead ${leadId}`);
    return leadView(lead);
  }
}
