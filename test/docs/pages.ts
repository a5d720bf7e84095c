import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The walk-throughs in the documentation, as the docs test runs them.
 *
 * Conventions (docs/README.md explains them to writers):
 * - Every ```bash block of a page is run, in the order of the page, in one shell session per page, against a service
 *   started for that page on an empty store. `API` and `H` are set by the session.
 * - `<!-- not run: reason -->` on the line before a block leaves it out; a block left out may not use `$API`.
 * - `<!-- file: name -->` before a block of any language writes it to `name` in the session's directory first.
 * - A command's answer is written after it as `# → answer` (a line of its own, or the end of the command's line);
 *   lines that follow starting with `#` and two or more blanks (or a bare `#`, an empty line) continue it. See
 *   answers.ts for how it is compared.
 */

export interface Step {
  /** The command exactly as the page writes it (continued lines included). */
  command: string;
  /** Line of the page where it starts. */
  line: number;
  /** The `# →` annotation after it, if any, with continuation lines joined. */
  answer?: string;
}

export interface Block {
  /** 1-based, counting the page's ```bash blocks. */
  number: number;
  line: number;
  steps: Step[];
}

export interface Page {
  path: string;
  blocks: Block[];
  files: Array<{ name: string; content: string }>;
  /** ```bash blocks left out with `<!-- not run: … -->`. */
  notRun: Array<{ line: number; reason: string }>;
}

const MARKER = /^<!--\s*(not run|file)\s*:\s*(.*?)\s*-->$/;

/** README.md and docs/*.md of the checkout at `root`, each with its blocks. */
export function readPages(root: string): Page[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].map((path) => readPage(path, readFileSync(join(root, path), 'utf8')));
}

export function readPage(path: string, markdown: string): Page {
  const page: Page = { path, blocks: [], files: [], notRun: [] };
  const lines = markdown.split('\n');
  let bashBlocks = 0;
  for (let at = 0; at < lines.length; at += 1) {
    const fence = /^(`{3,})\s*(\S*)/.exec(lines[at]);
    if (!fence) continue;
    const end = lines.findIndex((line, index) => index > at && line.trimEnd() === fence[1]);
    if (end < 0) throw new Error(`${path}:${at + 1}: code block never closed`);
    const body = lines.slice(at + 1, end);
    const marker = MARKER.exec(previousText(lines, at));
    const language = fence[2];
    if (marker?.[1] === 'file') {
      page.files.push({ name: marker[2], content: body.join('\n') + '\n' });
    } else if (language === 'bash') {
      bashBlocks += 1;
      if (marker) {
        if (marker[2] === '') throw new Error(`${path}:${at}: say why the block is not run`);
        if (body.some((line) => line.includes('$API'))) throw new Error(`${path}:${at + 1}: a block that is not run may not call the API`);
        page.notRun.push({ line: at + 1, reason: marker[2] });
      } else {
        page.blocks.push({ number: bashBlocks, line: at + 1, steps: readSteps(path, body, at + 2) });
      }
    }
    at = end;
  }
  const stray = lines.findIndex((line, index) => MARKER.test(line.trim()) && !/^`{3,}/.test(nextText(lines, index)));
  if (stray >= 0) throw new Error(`${path}:${stray + 1}: a marker must come right before a code block`);
  return page;
}

const previousText = (lines: string[], at: number) =>
  lines
    .slice(0, at)
    .reverse()
    .find((line) => line.trim() !== '')
    ?.trim() ?? '';
const nextText = (lines: string[], at: number) => lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';

/** Splits a block into commands, each with the answer written after it. */
function readSteps(path: string, body: string[], firstLine: number): Step[] {
  const steps: Step[] = [];
  let continuing: 'command' | 'answer' | undefined;
  for (const [index, line] of body.entries()) {
    const last = steps[steps.length - 1];
    const where = `${path}:${firstLine + index}`;
    if (continuing === 'command' && last) {
      last.command += '\n' + line;
      continuing = line.endsWith('\\') ? 'command' : undefined;
      takeInlineAnswer(last, line, where);
      continue;
    }
    const comment = /^\s*#(.*)$/.exec(line);
    if (comment) {
      const arrow = /^\s*→(.*)$/.exec(comment[1]);
      if (arrow) {
        if (!last || last.answer !== undefined) throw new Error(`${where}: an answer must follow the command it belongs to`);
        last.answer = arrow[1].trim();
        continuing = 'answer';
      } else if (continuing === 'answer' && last && /^(\s{2,}.*)?$/.test(comment[1])) {
        last.answer += '\n' + comment[1].trim();
      } else {
        continuing = undefined;
      }
      continue;
    }
    if (line.trim() === '') {
      continuing = undefined;
      continue;
    }
    const step: Step = { command: line, line: firstLine + index };
    steps.push(step);
    takeInlineAnswer(step, line, where);
    continuing = line.endsWith('\\') ? 'command' : step.answer !== undefined ? 'answer' : undefined;
  }
  return steps;
}

/** `command   # → answer` on one line. */
function takeInlineAnswer(step: Step, line: string, where: string): void {
  const inline = /\s#\s*→(.*)$/.exec(line);
  if (!inline) return;
  if (step.answer !== undefined) throw new Error(`${where}: two answers for one command`);
  step.answer = inline[1].trim();
}
