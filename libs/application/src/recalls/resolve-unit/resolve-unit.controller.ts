import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandContext, CommandMeta } from '../../shared/command-context';
import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, IsIdentifier, UnitParams } from '../../shared/validators';
import { ChangeUnitCommand, ChangeUnitResult } from '../../units/change-unit/change-unit.command';
import { ResolveUnitDto } from './resolve-unit.dto';

/** `/v1/recalls/{recallId}/units/{sku}/{serial}` */
export class RecallUnitParams extends UnitParams {
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  recallId: string;
}

@ApiTags('recalls')
@Controller('v1/recalls/:recallId/units/:sku/:serial/resolution')
export class ResolveUnitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Resolve one held unit: returned, destroyed, repaired or released; its hold is lifted' })
  @ApiCreatedResponse({ description: '{revision, position}' })
  @ApiConflictResponse({ description: 'The unit is not held by this recall, or is already resolved' })
  resolve(@Param() params: RecallUnitParams, @Body() body: ResolveUnitDto, @CommandMeta() context: CommandContext): Promise<ChangeUnitResult> {
    const command = { type: 'ResolveRecall' as const, recallId: params.recallId, action: body.action, note: body.note };
    return this.commands.execute(new ChangeUnitCommand({ sku: params.sku, serial: params.serial }, command, undefined, context));
  }
}
