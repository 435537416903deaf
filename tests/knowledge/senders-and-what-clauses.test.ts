/**
 * Words a host reads from a text a listener sent ("We got a text from a listener in Rio Rico. It says, '…'")
 * are the listener's, as the host describes them; a word in scare quotes after "what prosecutors called" is
 * the prosecutors', not "members of what prosecutors".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('senders of what a host reads, and clauses opened by "what"', () => {
  it('gives "It says, …" to the listener a host got a text from', () => {
    const body = [
      'HOST MARIA LOPEZ: Welcome back. Joining me is Sheriff Tom Reyes.',
      'SHERIFF TOM REYES: Thanks, Maria.',
      'LOPEZ: What happened at the river?',
      'REYES: It flooded.',
      'LOPEZ: We got a text from a listener in Rio Rico. It says, "My grandfather crossed at the old port every Sunday." Sheriff?',
      'REYES: That sounds right.',
      'LOPEZ: Thank you, Sheriff.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'crossed at the old port')).toBe('a listener in Rio Rico');
  });

  it('gives a word called so in a "what" clause to the clause\'s subject', () => {
    const body =
      'The two men were members of what prosecutors called a "rip crew," a band of armed men who robbed smugglers.';
    expect(speakerOfWords(tools, body, 'rip crew')).toBe('prosecutors');
  });
});
