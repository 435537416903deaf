import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { CHAT_COMMANDS, chatReply } from '../../src/cli/chat.ts';
import { shippedRuntime } from '../answer/setup.ts';

let runtime: Runtime;
let user = 0;
const reply = async (line: string) => (await chatReply(runtime.engine, line, `chat-${++user}`))?.text ?? null;

beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('chatReply', () => {
  it("lists the chat's own commands in /help, not Discord's", async () => {
    const help = await reply('/help');
    expect(help).toContain(CHAT_COMMANDS);
    expect(help).toContain('/quit');
  });

  it('says a date that does not exist is not a date', async () => {
    expect(await reply('/timeline 2018-13')).toMatch(/“2018-13” is not a date/);
    expect(await reply('/timeline 2019-02-30')).toMatch(/not a date/);
  });

  it('says a range that starts after it ends the wrong way round, and how to ask it', async () => {
    expect(await reply('/timeline 2019 2018')).toMatch(/starts after it ends.*try 2018 to 2019/);
  });

  it('answers thanks with a thank-you, not a greeting', async () => {
    const thanks = await reply('thx');
    expect(thanks).toMatch(/welcome/i);
    expect(thanks).not.toMatch(/^Hello/);
  });

  it('ends the chat on /quit', async () => {
    expect(await reply('/quit')).toBeNull();
  });
});
