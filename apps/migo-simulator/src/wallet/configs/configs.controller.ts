import { Body, Controller, Get, Headers, Patch, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { AppConfigs } from './app-configs.store.js';
import { AppConfigPatchBody } from './configs.dto.js';

/** The only Wallet routes that need the `applicationId` header (missing → 400 / 8008, unknown → 404 / 7604). */
@Controller('configs')
@UseGuards(WalletAuthGuard)
export class ConfigsController {
  constructor(private readonly configs: AppConfigs) {}

  @Get()
  read(@Headers('applicationid') applicationId?: string) {
    return ok(this.configs.get(required(applicationId)));
  }

  @Patch()
  update(@Headers('applicationid') applicationId: string | undefined, @Body() body: AppConfigPatchBody) {
    const id = required(applicationId);
    return ok(this.configs.patch(id, body), 'configuration updated');
  }
}

function required(applicationId: string | undefined): string {
  if (!applicationId?.trim()) throw MigoBusinessError.named('MISSING_APPLICATION_ID');
  return applicationId.trim();
}
