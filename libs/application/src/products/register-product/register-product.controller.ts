import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@trace/http';
import { RequiresRole } from '../../access/route-access';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { RegisterProductCommand } from './register-product.command';
import { RegisterProductRequest } from './register-product.request';
import { ProductRegisteredResponse } from './register-product.response';

@ApiTags('products')
@Controller('v1/products')
export class RegisterProductController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequiresRole('operator')
  @ApiOperation({ summary: 'Register a product: its SKU, name, GTIN (any of GTIN-8/12/13/14, kept as 14 digits) and unit of measure' })
  @ApiCreatedResponse({ type: ProductRegisteredResponse })
  @ApiErrors({ 400: true, 409: 'The SKU is already registered, or the GTIN belongs to another SKU (`gtin-taken`)' })
  register(@Body() body: RegisterProductRequest, @CommandMeta() context: CommandContext): Promise<ProductRegisteredResponse> {
    return this.commands.execute(new RegisterProductCommand(body, context));
  }
}
