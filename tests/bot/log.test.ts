import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';

const capture = (level: 'debug' | 'info' | 'warn' | 'error' | 'silent') => {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    write: (line) => lines.push(line),
    secrets: ['bot-token-1234567890'],
  });
  return {
    logger,
    lines: () =>
      lines
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
};

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, fields and message', () => {
    const { logger, lines } = capture('info');
    logger.child({ shard: 1 }).info({ userId: 'u1', big: 10n }, 'answered');
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'info',
        shard: 1,
        userId: 'u1',
        big: '10',
        msg: 'answered',
        time: expect.any(String),
      }),
    ]);
  });

  it('writes errors with their name and message, never the token, in any field or path', () => {
    const { logger, lines } = capture('info');
    logger.error(
      {
        err: new Error('login failed for bot-token-1234567890'),
        path: '/interactions/1/aaaaaaaaaaaaaaaaaaaaaaaaa/callback',
      },
      'failed with bot-token-1234567890',
    );
    const [line] = lines();
    expect(JSON.stringify(line)).not.toContain('bot-token-1234567890');
    expect(JSON.stringify(line)).not.toContain('aaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(line?.['err']).toEqual(
      expect.objectContaining({ name: 'Error', message: 'login failed for [redacted]' }),
    );
  });

  it('drops lines below its level, and everything when silent', () => {
    const warn = capture('warn');
    warn.logger.info('not shown');
    warn.logger.warn('shown');
    expect(warn.lines().map((l) => l['msg'])).toEqual(['shown']);
    const silent = capture('silent');
    silent.logger.error('never');
    expect(silent.lines()).toEqual([]);
  });
});
