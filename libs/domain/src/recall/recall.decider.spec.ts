import { given } from '../testing/given-when-then';
import { AlreadyExists, InvalidInput, InvalidReference, RuleViolation } from '../shared/errors';
import { recallDecider } from './recall.decider';
import { RecallOpened } from './recall.events';

const opened: RecallOpened = {
  type: 'RecallOpened',
  data: { recallId: 'R1', lotIds: ['L1'], units: [], reason: 'contamination', severity: 'high', recalledAt: '2026-05-01T00:00:00.000Z' },
};
const open = {
  type: 'OpenRecall' as const,
  recallId: 'R1',
  units: [],
  reason: 'contamination',
  severity: 'high' as const,
  recalledAt: '2026-05-01T00:00:00.000Z',
};

describe('recall decider', () => {
  it('opens a recall of existing lots', () => {
    given(recallDecider)
      .when({ ...open, lots: [{ lotId: 'L1', sku: 'P' }] })
      .then([opened]);
  });

  it('refuses an unknown lot with 422, an empty recall and a taken id', () => {
    given(recallDecider)
      .when({ ...open, lots: [{ lotId: 'L9', sku: null }] })
      .thenThrows(InvalidReference, { field: 'lotIds' });
    given(recallDecider)
      .when({ ...open, lots: [] })
      .thenThrows(InvalidInput);
    given(recallDecider, [opened])
      .when({ ...open, lots: [{ lotId: 'L1', sku: 'P' }] })
      .thenThrows(AlreadyExists);
  });

  it('refuses to close while units are outstanding, unless forced with a reason', () => {
    given(recallDecider, [opened])
      .when({ type: 'CloseRecall', outstanding: 3, outstandingLots: 0, force: false })
      .thenThrows(RuleViolation, { rule: 'units-outstanding' });
    given(recallDecider, [opened])
      .when({ type: 'CloseRecall', outstanding: 0, outstandingLots: 2, force: false })
      .thenThrows(RuleViolation, { rule: 'lots-outstanding' });
    given(recallDecider, [opened]).when({ type: 'CloseRecall', outstanding: 3, outstandingLots: 0, force: true }).thenThrows(InvalidInput);
    given(recallDecider, [opened])
      .when({ type: 'CloseRecall', outstanding: 3, outstandingLots: 1, force: true, reason: 'units lost' })
      .then([{ type: 'RecallClosed', data: { recallId: 'R1', forced: true, reason: 'units lost', outstanding: 3, outstandingLots: 1 } }]);
  });

  it('closes once', () => {
    const closed = { type: 'RecallClosed' as const, data: { recallId: 'R1', forced: false, reason: null, outstanding: 0, outstandingLots: 0 } };
    given(recallDecider, [opened]).when({ type: 'CloseRecall', outstanding: 0, outstandingLots: 0, force: false }).then([closed]);
    given(recallDecider, [opened, closed])
      .when({ type: 'CloseRecall', outstanding: 0, outstandingLots: 0, force: false })
      .thenThrows(RuleViolation, { rule: 'recall-closed' });
  });
});
