import { Controller, Get, Module, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { AnyRole, RequiresRole } from './route-access';
import { RouteDeclarations } from './route-declarations';

@Controller('declared')
class DeclaredController {
  @Get()
  @AnyRole()
  read() {
    return {};
  }

  @Post()
  @RequiresRole('operator')
  write() {
    return {};
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  @AnyRole()
  read() {
    return {};
  }

  @Post()
  write() {
    return {};
  }
}

const boot = async (controllers: Array<new () => object>) => {
  @Module({ imports: [DiscoveryModule], controllers, providers: [RouteDeclarations] })
  class Probe {}
  const module = await Test.createTestingModule({ imports: [Probe] }).compile();
  const app = module.createNestApplication({ logger: false });
  try {
    await app.init();
  } finally {
    await app.close();
  }
};

describe('route declarations (deny by default)', () => {
  it('lets the service start when every route says who may call it', async () => {
    await expect(boot([DeclaredController])).resolves.toBeUndefined();
  });

  it('refuses to start while a route declares nothing, naming it', async () => {
    await expect(boot([DeclaredController, ForgottenController])).rejects.toThrow(
      'routes that do not declare who may call them (RequiresRole, AnyRole or Open): ForgottenController.write',
    );
  });
});
