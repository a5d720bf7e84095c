/**
 * Runs `suite` when every variable is set (integration suites and their servers); otherwise registers it as
 * skipped with the reason in its name, so the runner reports what did not run and why.
 */
export function describeWhenSet(variables: string[], name: string, suite: (env: Record<string, string>) => void): void {
  const missing = variables.filter((variable) => !process.env[variable]);
  if (missing.length > 0) {
    // The suite is still declared, so each of its tests is listed as skipped.
    describe.skip(`${name} — skipped: ${missing.join(', ')} not set`, () => suite({}));
    return;
  }
  describe(name, () => suite(Object.fromEntries(variables.map((variable) => [variable, process.env[variable] as string]))));
}
