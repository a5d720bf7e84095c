import { Decider, fold } from '../shared/decider';

/** Given past events, when a command, then expect events or an error: `given(d, events).when(cmd).then…`. */
export function given<C, E, S>(decider: Decider<C, E, S>, history: E[] = []) {
  return {
    when(command: C) {
      const run = () => decider.decide(command, fold(decider, history));
      return {
        then(expected: E[]): void {
          expect(run()).toEqual(expected);
        },
        thenThrows(errorType: new (...args: never[]) => Error, match?: Record<string, unknown>): void {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorType);
          if (match) expect(thrown).toMatchObject(match);
        },
      };
    },
  };
}
