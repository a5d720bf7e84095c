import { csvField, csvLines, csvRecord } from './csv';

async function text(lines: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const line of lines) all += line;
  return all;
}

async function* rowsOf<Row>(...rows: Row[]): AsyncGenerator<Row> {
  yield* rows;
}

describe('CSV', () => {
  it('writes a plain value as it is, numbers and booleans as their text, null and undefined as an empty cell', () => {
    expect(['PUMP-200', 'SN 1', 42, 1.5, true, '', null, undefined].map(csvField)).toEqual(['PUMP-200', 'SN 1', '42', '1.5', 'true', '', '', '']);
    // A negative number is a number, not a formula: only text is defused.
    expect(csvField(-1.5)).toBe('-1.5');
  });

  it('quotes a cell holding a separator, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('{"i":5}')).toBe('"{""i"":5}"');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('defuses a cell a spreadsheet would run as a formula: %j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves a formula sign inside a cell alone: only the start of a cell is run', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('LOT-7')).toBe('LOT-7');
    expect(csvField('MOD/m1 > PACK/p1')).toBe('MOD/m1 > PACK/p1');
  });

  it('ends a record with CRLF, or LF where a format keeps it', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
    expect(csvRecord(['a', 1, null], '\n')).toBe('a,1,\n');
  });

  it('streams a header and one record per row, columns in the order given', async () => {
    const rows = rowsOf({ sku: 'P', serial: '1', note: null }, { sku: 'P', serial: '2', note: '=cmd' });
    expect(await text(csvLines(['serial', 'sku', 'note'], rows))).toBe("serial,sku,note\r\n1,P,\r\n2,P,'=cmd\r\n");
  });

  it('produces a record only when asked for it, so a caller streams with flat memory', async () => {
    let read = 0;
    async function* counted(): AsyncGenerator<{ n: number }> {
      for (let n = 0; n < 1000; n++) {
        read++;
        yield { n };
      }
    }
    const lines = csvLines(['n'], counted());
    await lines.next();
    await lines.next();
    expect(read).toBe(1);
  });
});
