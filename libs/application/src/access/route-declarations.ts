import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { declaredAccess } from './route-access';

/** Deny by default, at start-up: the service does not start while a route does not say who may call it. */
@Injectable()
export class RouteDeclarations implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, (...args: never[]) => unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (Reflect.getMetadata(METHOD_METADATA, method) === undefined || Reflect.getMetadata(PATH_METADATA, method) === undefined) continue;
        if (!declaredAccess(this.reflector, controller, method)) undeclared.push(`${controller.name}.${name}`);
      }
    }
    if (undeclared.length) throw new Error(`routes that do not declare who may call them (RequiresRole, AnyRole or Open): ${undeclared.join(', ')}`);
  }
}
