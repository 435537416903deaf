/**
 * The terminal chat: `npm start` without `DISCORD_TOKEN`. The same engine and memory as the bot, one
 * conversation, read from a terminal (or any stream). `/help`, `/sources`, `/timeline [from] [to]`,
 * `/quote name [about topic]`, `/more`, `/quit`; anything else is a question.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnswerEngine } from '../answer/engine.ts';
import { formatForTerminal } from '../answer/plain-text.ts';
import type { Answer } from '../answer/types.ts';

export const CHAT_USER_ID = 'terminal';
/** The chat's own commands, as its /help lists them. */
export const CHAT_COMMANDS =
  'Commands here: /more (the next evidence), /quote NAME about TOPIC, /timeline FROM TO (e.g. /timeline 2018 2019-06), /sources, /help, /quit.';
export const CONNECT_HINT =
  'To serve Discord instead: set DISCORD_TOKEN in .env, run `npm run deploy-commands`, then `npm start`.';

/** Answers one line of the chat; `null` to end it. */
export async function chatReply(
  engine: AnswerEngine,
  line: string,
  userId: string = CHAT_USER_ID,
): Promise<Answer | null> {
  const text = line.trim();
  const [command, ...rest] = text.split(/\s+/);
  const args = rest.join(' ');
  switch (command?.toLowerCase()) {
    case '/quit':
    case '/exit':
      return null;
    case '/help':
      return engine.help(false, CHAT_COMMANDS);
    case '/sources':
      return engine.sources();
    case '/more':
      return engine.more(userId);
    case '/timeline': {
      const [from = null, to = null] = rest;
      return engine.timeline(from, to);
    }
    case '/quote': {
      const [speaker = '', topic = null] = args.split(/\s+about\s+/i);
      return engine.quotes(speaker.trim(), topic?.trim() || null, { userId });
    }
    default:
      return engine.ask(text, { userId });
  }
}

export interface ChatOptions {
  engine: AnswerEngine;
  input?: Readable;
  output?: Writable;
  ansi?: boolean;
  userId?: string;
  /** Ends the chat (after the answer being written, if any), as when the input ends. */
  signal?: AbortSignal;
}

/** Runs the chat until the input ends or the user types `/quit`. */
export async function runChat(options: ChatOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = input === process.stdin && process.stdin.isTTY === true;
  const ansi = options.ansi ?? (output === process.stdout && process.stdout.isTTY === true);
  const rl = createInterface({ input, output, terminal: interactive, crlfDelay: Infinity });
  options.signal?.addEventListener('abort', () => rl.close(), { once: true });
  const write = (text: string) => void output.write(`${text}\n`);
  write(
    'border-brief — ask about news coverage of US–Mexico border military policy. /help for examples, /quit to leave.',
  );
  write(CONNECT_HINT);
  const prompt = () => {
    if (interactive) rl.prompt();
  };
  rl.setPrompt('> ');
  prompt();
  for await (const line of rl) {
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const answer = await chatReply(options.engine, line, options.userId);
    if (answer === null) break;
    write(`${formatForTerminal(answer, ansi)}\n`);
    prompt();
  }
  rl.close();
}
