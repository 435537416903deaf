/**
 * A body's name before a title and a person's name ("said Pentagon spokesman Jonathan Hoffman") says whose
 * title it is: the person speaks, not the body.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a body named before a titled person after the verb of saying', () => {
  it('gives "…," said Border Patrol Agent Arthur Lindley to Lindley, not to the Border Patrol', () => {
    const body = '"He knew every wash between here and Sasabe," said Border Patrol Agent Arthur Lindley.';
    expect(speakerOfWords(tools, body, 'every wash')).toBe('Arthur Lindley');
  });

  it('gives "…," said Pentagon spokesman Arthur Lindley to Lindley, not to the Pentagon', () => {
    const body = '"The troops will stay through January," said Pentagon spokesman Arthur Lindley.';
    expect(speakerOfWords(tools, body, 'through January')).toBe('Arthur Lindley');
  });

  it('gives "…," said National Guard Sgt. Arthur Lindley to Lindley', () => {
    const body = '"We saw nobody cross," said National Guard Sgt. Arthur Lindley.';
    expect(speakerOfWords(tools, body, 'nobody cross')).toBe('Arthur Lindley');
  });

  it('still gives the words to the body when no person follows it ("…," said the Pentagon in a statement)', () => {
    const body = '"The troops will stay through January," the Pentagon said in a statement.';
    expect(speakerOfWords(tools, body, 'through January')).toBe('The Pentagon');
  });

  it('does not give the words to a titled person another speaker belongs to ("… Arthur Lindley\'s widow, Maria Lindley")', () => {
    const body =
      '"He knew every wash between here and Sasabe," said Border Patrol Agent Arthur Lindley\'s widow, Maria Lindley.';
    expect(speakerOfWords(tools, body, 'every wash')).toMatch(/widow|Maria Lindley/);
  });

  it('gives no one the words of those who speak for a titled person ("said the attorney for Border Patrol Agent …")', () => {
    const attorney =
      '"He feared for his life and the lives of the other agents," said the attorney for Border Patrol Agent Lonnie Swartz after the verdict.';
    expect(speakerOfWords(tools, attorney, 'feared for his life')).not.toMatch(/Swartz|Border Patrol/);
    const union =
      '"We are relieved that the jury saw the truth," said the union representing Border Patrol Agent Lonnie Swartz.';
    expect(speakerOfWords(tools, union, 'jury saw the truth')).not.toMatch(/Swartz|Border Patrol/);
    const wife = '"He never talks about work at home," said the wife of union president Brandon Judd.';
    expect(speakerOfWords(tools, wife, 'talks about work')).not.toMatch(/Judd/);
  });
});
