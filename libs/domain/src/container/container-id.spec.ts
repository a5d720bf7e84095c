import { containerIdProblem } from './container-id';

describe('container ids', () => {
  it('accepts an SSCC with a valid check digit, from the GS1 example', () => {
    expect(containerIdProblem('106141411234567897')).toBeNull();
  });

  it('refuses an 18-digit id whose check digit is wrong', () => {
    expect(containerIdProblem('106141411234567898')).toMatch(/check digit/);
  });

  it('accepts any other identifier, and refuses what no identifier may be', () => {
    expect(containerIdProblem('PALLET-7')).toBeNull();
    expect(containerIdProblem('12345')).toBeNull();
    expect(containerIdProblem(' PALLET')).toMatch(/blanks/);
    expect(containerIdProblem('')).toMatch(/1-64/);
  });
});
