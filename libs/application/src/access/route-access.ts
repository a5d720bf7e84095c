import { applyDecorators, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { Role } from '@trace/domain';
import { ApiErrors } from '@trace/http';

/** Who may call a route: anyone (health), any authenticated principal (reads), or one holding a role (writes). */
export type RouteAccess = { kind: 'open' } | { kind: 'any-role' } | { kind: 'role'; role: Role };

const ROUTE_ACCESS = 'trace:route-access';

const declared = (access: RouteAccess, ...documented: Array<MethodDecorator & ClassDecorator>) =>
  applyDecorators(SetMetadata(ROUTE_ACCESS, access), ApiExtension('x-required-role', access.kind === 'role' ? access.role : access.kind), ...documented);

/** The route needs `role` (or `admin`, which may do everything). */
export const RequiresRole = (role: Role) =>
  declared({ kind: 'role', role }, ApiBearerAuth(), ApiErrors({ 401: true, 403: `The key or token lacks the role ${role}` }));

/** Every role may read: the route needs an authenticated principal, whatever its roles. */
export const AnyRole = () => declared({ kind: 'any-role' }, ApiBearerAuth(), ApiErrors({ 401: true }));

/** The route needs no credentials (what it shows may depend on them). */
export const Open = () => declared({ kind: 'open' });

/** What the route a request reached declares; undefined for a route that declares nothing (refused). */
export const routeAccessOf = (reflector: Reflector, context: ExecutionContext): RouteAccess | undefined =>
  reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [context.getHandler(), context.getClass()]);

/** What a controller's method declares, for the start-up check that walks every route. */
export const declaredAccess = (reflector: Reflector, controller: object, method: (...args: never[]) => unknown): RouteAccess | undefined =>
  reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [method, controller as () => unknown]);
