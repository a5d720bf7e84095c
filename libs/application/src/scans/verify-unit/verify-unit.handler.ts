import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideEvidence, gtin14, gtinDecider, gtinStream, InvalidInput, unitDecider, UnitRef, UnitState, unitStream, unknownSerialSeen } from '@trace/domain';
import { unitsModel } from '@trace/projections';
import { getDocument, READ_STORE, ReadStore } from '@trace/read-store';
import { PendingHolds } from '../../shared/pending-holds';
import { lastPosition, StreamCommands, StreamWrite } from '../../shared/stream-commands';
import { UnitViews } from '../../shared/unit-view';
import { productOf, productsByGtin } from '../gtin-products';
import { parseScanCode } from '../scan-code';
import { Verification, verificationOf } from '../verification';
import { VerifyUnitCommand } from './verify-unit.command';
import { VerifyUnitRequest } from './verify-unit.request';
import { VerificationResponse } from './verify-unit.response';

/** The product identifier asked about: from a code, or from its parts. */
function askedOf(request: VerifyUnitRequest): { gtin: string; serial: string; lot?: string; expiry?: string; field: string } {
  const { code, gtin, serial, lot, expiry } = request;
  if (code !== undefined) {
    if (gtin !== undefined || serial !== undefined || lot !== undefined || expiry !== undefined) {
      throw InvalidInput.field('code', 'give either a code or gtin and serial (with lot and expiry), not both');
    }
    const identity = parseScanCode(code);
    if (identity.kind !== 'unit') throw InvalidInput.field('code', 'names no unit (a GTIN with a serial): only units are verified');
    return { ...identity, field: 'code' };
  }
  if (gtin === undefined || serial === undefined) throw InvalidInput.field(gtin === undefined ? 'gtin' : 'serial', 'give a code, or gtin and serial');
  return { gtin: gtin14(gtin), serial, lot, expiry, field: 'gtin' };
}

/**
 * Verification with the DSCSA VRS semantics: never issued, or issued with another lot or expiry, is not verified;
 * an issued unit is, with what a dispenser must know. The request and its answer are recorded: on the unit's
 * stream (counted per unit), or for a serial never issued on its GTIN's, as evidence.
 */
@CommandHandler(VerifyUnitCommand)
export class VerifyUnitHandler implements ICommandHandler<VerifyUnitCommand> {
  constructor(
    private readonly commands: StreamCommands,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly holds: PendingHolds,
    private readonly views: UnitViews,
  ) {}

  async execute({ request, context }: VerifyUnitCommand): Promise<VerificationResponse> {
    const asked = askedOf(request);
    const product = productOf(await productsByGtin(this.commands, [asked.gtin]), asked.gtin, asked.field);
    const ref: UnitRef = { sku: product.sku, serial: asked.serial };
    const at = this.commands.occurredAt(undefined);
    let answer: Verification = { verified: false, reason: 'No_match_GTIN_Serial', additionalInfo: [] };
    const results = await this.commands.executeAll(context, at, async (): Promise<StreamWrite[]> => {
      const { state, history } = await this.commands.state(unitStream(ref), unitDecider);
      if (!state.exists) {
        answer = { verified: false, reason: 'No_match_GTIN_Serial', additionalInfo: [] };
        const register = await this.commands.state(gtinStream(asked.gtin), gtinDecider);
        const seen = { gtin: asked.gtin, ...ref, how: 'verification' as const, location: null, party: null };
        return [{ stream: gtinStream(asked.gtin), expected: StreamCommands.expectedAfter(register.history), events: unknownSerialSeen(seen) }];
      }
      const overlay = await this.holds.overlay([ref]);
      answer = verificationOf(state, overlay(state), asked, at);
      const events = decideEvidence({ type: 'VerifyUnit', ...answer }, state);
      const after = events.reduce<UnitState>((unit, event) => unitDecider.evolve(unit, event), state);
      if (answer.verified && after.exists && after.suspect) answer = { ...answer, additionalInfo: [...answer.additionalInfo, 'Suspect'] };
      return [{ stream: unitStream(ref), expected: StreamCommands.expectedAfter(history), events }];
    });
    const position = lastPosition(results);
    const row = await getDocument(this.reads, unitsModel, ref);
    const [unit] = row ? await this.views.of([row]) : [];
    const { verified, reason, additionalInfo } = answer;
    return { verified, ...(reason === null ? {} : { reason }), additionalInfo, ...(unit ? { unit } : {}), position };
  }
}
