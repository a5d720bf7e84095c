import { Module } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module';
import { ChangeWarrantyHandler } from './change-warranty/change-warranty.handler';
import { ChangeClaimHandler } from './change-claim/change-claim.handler';
import { DecideClaimController } from './decide-claim/decide-claim.controller';
import { ExtendWarrantyController } from './extend-warranty/extend-warranty.controller';
import { FileClaimController } from './file-claim/file-claim.controller';
import { FileClaimHandler } from './file-claim/file-claim.handler';
import { GetClaimController } from './get-claim/get-claim.controller';
import { GetClaimHandler } from './get-claim/get-claim.handler';
import { GetUnitWarrantyController } from './get-unit-warranty/get-unit-warranty.controller';
import { GetUnitWarrantyHandler } from './get-unit-warranty/get-unit-warranty.handler';
import { ListClaimsController } from './list-claims/list-claims.controller';
import { ListClaimsHandler } from './list-claims/list-claims.handler';
import { ResolveClaimController } from './resolve-claim/resolve-claim.controller';
import { VoidWarrantyController } from './void-warranty/void-warranty.controller';

/** Warranty and service: a unit's warranty (status, extensions, voiding) and claims from filing to resolution. */
@Module({
  imports: [SharedModule],
  controllers: [
    GetUnitWarrantyController,
    ExtendWarrantyController,
    VoidWarrantyController,
    FileClaimController,
    DecideClaimController,
    ResolveClaimController,
    GetClaimController,
    ListClaimsController,
  ],
  providers: [GetUnitWarrantyHandler, ChangeWarrantyHandler, FileClaimHandler, ChangeClaimHandler, GetClaimHandler, ListClaimsHandler],
})
export class WarrantyModule {}
