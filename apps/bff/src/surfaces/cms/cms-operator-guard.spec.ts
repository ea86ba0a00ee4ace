import { Controller, UseGuards } from '@nestjs/common';
import { CmsSurfaceModule, unguardedCmsControllers } from './cms-surface.module.js';
import { CmsOperatorGuard } from './operator-sessions/cms-operator.guard.js';

@Controller('v1/cms/forgotten')
class ForgottenController {}

@Controller('v1/cms/guarded')
@UseGuards(CmsOperatorGuard)
class GuardedController {}

describe('every CMS controller acts as the operator of X-Cms-Session', () => {
  it('names a CMS controller without CmsOperatorGuard, which would ignore the session', () => {
    expect(unguardedCmsControllers([ForgottenController, GuardedController])).toEqual(['ForgottenController']);
  });

  it('holds for the module as registered (the BFF would refuse to start otherwise)', () => {
    expect(() => new CmsSurfaceModule().onModuleInit()).not.toThrow();
    const controllers = Reflect.getMetadata('controllers', CmsSurfaceModule) as Array<abstract new (...args: never[]) => unknown>;
    expect(controllers.length).toBeGreaterThan(5);
    expect(unguardedCmsControllers(controllers)).toEqual([]);
  });
});
