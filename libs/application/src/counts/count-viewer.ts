import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { principalOf } from '@trace/http';
import { Request } from 'express';

/** Whether the caller may see what a blind count expects while it is open: admins only. */
export const SeesBlindCounts = createParamDecorator((_data: unknown, context: ExecutionContext): boolean =>
  Boolean(principalOf(context.switchToHttp().getRequest<Request>())?.roles.includes('admin')),
);
