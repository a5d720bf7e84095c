/** A log output that keeps what is written to it: `text()` as written, `lines()` with each JSON line parsed. */
export function capturedLog() {
  const written: string[] = [];
  return {
    write: (line: string) => written.push(line),
    text: () => written.join(''),
    lines: () =>
      written
        .join('')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
