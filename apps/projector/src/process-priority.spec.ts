import { setPriority } from 'node:os';
import { lowerPriority } from './process-priority';

jest.mock('node:os', () => ({ setPriority: jest.fn() }));
const set = setPriority as jest.MockedFunction<typeof setPriority>;

describe('the projector lowering its priority', () => {
  beforeEach(() => set.mockReset());

  it('sets the nice value it is given, and leaves the priority alone at 0', () => {
    const warn = jest.fn();
    lowerPriority(10, warn);
    lowerPriority(0, warn);
    expect(set.mock.calls).toEqual([[10]]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('runs on at its usual priority where the platform refuses, and says so', () => {
    set.mockImplementation(() => {
      throw new Error('EACCES: permission denied');
    });
    const warn = jest.fn();
    expect(() => lowerPriority(10, warn)).not.toThrow();
    expect(warn).toHaveBeenCalledWith('PROJECTOR_NICE=10 could not be applied (EACCES: permission denied): the projector runs at its usual priority');
  });
});
