import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { allows, NotAllowed, NotAuthenticated } from '@trace/domain';
import { principalOf } from '@trace/http';
import { Request } from 'express';
import { routeAccessOf } from './route-access';

/** Deny by default: a route is served only as its declaration allows, and a route that declares nothing is refused. */
@Injectable()
export class Authorization implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = routeAccessOf(this.reflector, context);
    if (!access) throw new NotAllowed('admin', 'this route declares who may call it nowhere: it is refused until it does');
    if (access.kind === 'open') return true;
    const principal = principalOf(context.switchToHttp().getRequest<Request>());
    if (!principal) throw new NotAuthenticated('no credentials: send Authorization: Bearer <key or token>');
    if (access.kind === 'any-role') {
      if (principal.roles.length > 0) return true;
      throw new NotAllowed('any', `${principal.name} holds no role: reading needs one`);
    }
    if (allows(principal.roles, access.role)) return true;
    throw new NotAllowed(access.role, `this route needs the role ${access.role}; ${principal.name} holds ${principal.roles.join(', ') || 'none'}`);
  }
}
