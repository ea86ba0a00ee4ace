import { Controller, Get, Module, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import { createLogger } from '#common';
import { bffEnvFor, RunningSimulator, startSimulator, testRedis, TestRedis } from '#test-support';
import { RequireScopes } from '../auth/auth.decorators.js';
import { loadBffConfig } from '../config/load-bff-config.js';
import { createBffApp } from '../create-bff-app.js';
import { AllPartnersOnly, PartnerOf } from './access-declaration.js';
import { Upload } from '../openapi/route-docs.js';
import { Partner, WalletCard } from './object-refs.js';

/** A route someone added and forgot to declare: reachable by every app until the BFF refused to start with it. */
@Controller('v1/throwaway')
class ForgottenController {
  @Get(':partnerId/secrets')
  @RequireScopes('middleware:read')
  secrets(@Param('partnerId') partnerId: string) {
    return { partnerId };
  }
}

@Controller('v1/throwaway-misdeclared')
class MisdeclaredController {
  /** The declaration names a path parameter the path does not have. */
  @Get('cards/:id')
  @RequireScopes('wallet:read')
  @PartnerOf(WalletCard.param('cardId'))
  card(@Param('id') id: string) {
    return { id };
  }

  /** A form field checked before the form is parsed (the decorator below @Upload). */
  @Post('upload')
  @RequireScopes('middleware:write')
  @Upload(FileInterceptor('file'))
  @PartnerOf(Partner.formOrQuery('clientId'))
  upload() {
    return {};
  }

  /** A file route whose form nobody declared: installed by hand, invisible to the document and the access checks. */
  @Post('evidence')
  @RequireScopes('cms:write')
  @AllPartnersOnly('a test route')
  @UseInterceptors(FileInterceptor('evidence'))
  evidence(@UploadedFile() file: unknown) {
    return { received: !!file };
  }
}

@Module({ controllers: [ForgottenController] })
class ForgottenModule {}

@Module({ controllers: [MisdeclaredController] })
class MisdeclaredModule {}

describe('access declarations: the BFF does not start with a route nobody declared', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('access-boot');
  });
  afterAll(async () => {
    await sim.close();
    await redis.cleanup();
  });

  const boot = (module: new () => unknown) => createBffApp(loadBffConfig(bffEnvFor(sim, redis)), createLogger({ name: 'bff', level: 'silent' }), [module]);

  it('refuses to start with an undeclared route, naming it', async () => {
    await expect(boot(ForgottenModule)).rejects.toThrow(/Refusing to start[\s\S]*GET \/v1\/throwaway\/:partnerId\/secrets \(ForgottenController_secrets\): no access declaration/);
  });

  it('refuses a declaration it could not enforce: an unknown path parameter, a form field read before the form is parsed, a file route without @Upload', async () => {
    const error = await boot(MisdeclaredModule).then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toMatch(/GET \/v1\/throwaway-misdeclared\/cards\/:id .*path parameter "cardId", which the path does not have/);
    expect(error?.message).toMatch(/POST \/v1\/throwaway-misdeclared\/upload .*must sit above @Upload/);
    expect(error?.message).toMatch(/POST \/v1\/throwaway-misdeclared\/evidence .*takes uploaded files but has no @Upload/);
  });

  it('starts with every real route declared', async () => {
    const app = await createBffApp(loadBffConfig(bffEnvFor(sim, redis)), createLogger({ name: 'bff', level: 'silent' }));
    await app.close();
  });
});
