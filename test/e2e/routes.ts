import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';

/** A route the app serves, with the DTO classes its handler validates. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** Nest's form, `/v1/units/:sku/:serial/moves`. */
  path: string;
  /** Names of the path parameters, in order. */
  params: string[];
  body?: Type<unknown>;
  query?: Type<unknown>;
  paramsDto?: Type<unknown>;
  controller: Type<unknown>;
  handler: string;
}

const METHODS: Partial<Record<RequestMethod, Route['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
  [RequestMethod.OPTIONS]: 'OPTIONS',
};

const joined = (...parts: string[]) =>
  `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every route of every controller the application registered, read from Nest's own route metadata. */
export function routesOf(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown>;
      const prefixes = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
      const prototype = controller.prototype as Record<string, unknown>;
      for (const handler of Object.getOwnPropertyNames(prototype)) {
        const target = prototype[handler];
        if (handler === 'constructor' || typeof target !== 'function') continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, target) as RequestMethod];
        const own = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
        if (!method || own === undefined) continue;
        const types = (Reflect.getMetadata('design:paramtypes', prototype, handler) ?? []) as Type<unknown>[];
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, { index: number }>;
        const of = (kind: RouteParamtypes) => {
          const entry = Object.entries(args).find(([key]) => key.split(':')[0] === String(kind));
          return entry ? types[entry[1].index] : undefined;
        };
        for (const prefix of prefixes) {
          for (const path of [own].flat()) {
            const full = joined(prefix, path);
            routes.push({
              method,
              path: full,
              params: [...full.matchAll(/:(\w+)/g)].map((match) => match[1]),
              body: of(RouteParamtypes.BODY),
              query: of(RouteParamtypes.QUERY),
              paramsDto: of(RouteParamtypes.PARAM),
              controller,
              handler,
            });
          }
        }
      }
    }
  }
  return routes;
}
