import { readPage } from './pages';

const page = (...lines: string[]) => readPage('page.md', lines.join('\n'));

describe('reading the walk-throughs of a page', () => {
  it('splits bash blocks into commands, each with the answer written after it', () => {
    const { blocks } = page(
      'Prose.',
      '```bash',
      '# a comment',
      'curl -s -XPOST $API/v1/lots -H "$H" -d \'{}\'',
      '# → 409 {"statusCode":409,',
      '#    "error":"Conflict"}',
      '# not part of the answer',
      'U=$API/v1/units/A/B',
      'curl -s $U    # → {"sku":"A",…}',
      'npx trace export \\',
      '  --types UnitMoved',
      '# → 1 event written',
      '#',
      '#   more',
      '```',
    );
    expect(blocks).toEqual([
      {
        number: 1,
        line: 2,
        steps: [
          { command: 'curl -s -XPOST $API/v1/lots -H "$H" -d \'{}\'', line: 4, answer: '409 {"statusCode":409,\n"error":"Conflict"}' },
          { command: 'U=$API/v1/units/A/B', line: 8 },
          { command: 'curl -s $U    # → {"sku":"A",…}', line: 9, answer: '{"sku":"A",…}' },
          { command: 'npx trace export \\\n  --types UnitMoved', line: 10, answer: '1 event written\n\nmore' },
        ],
      },
    ]);
  });

  it('leaves out blocks marked not run, and collects files', () => {
    const read = page(
      '<!-- not run: needs Docker -->',
      '```bash',
      'docker compose up',
      '```',
      '<!-- file: m.ts -->',
      '```ts',
      'export {};',
      '```',
      '```ts',
      'x',
      '```',
    );
    expect(read.blocks).toEqual([]);
    expect(read.notRun).toEqual([{ line: 2, reason: 'needs Docker' }]);
    expect(read.files).toEqual([{ name: 'm.ts', content: 'export {};\n' }]);
  });

  it('refuses markers that hide the API, lack a reason or stand alone, and answers without a command', () => {
    expect(() => page('<!-- not run: slow -->', '```bash', 'curl $API/health', '```')).toThrow(/may not call the API/);
    expect(() => page('<!-- not run: -->', '```bash', 'ls', '```')).toThrow(/say why/);
    expect(() => page('<!-- not run: why -->', 'Prose.', '```bash', 'ls', '```')).toThrow(/right before a code block/);
    expect(() => page('```bash', '# → {}', '```')).toThrow(/must follow the command/);
    expect(() => page('```bash', 'ls', '```bash')).toThrow(/never closed/);
  });
});
