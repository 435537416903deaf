import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { MAX_ANSWER_TEXT } from '../../src/answer/types.ts';
import { shippedRuntime } from './setup.ts';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = (await shippedRuntime()).engine;
});

function expectSafe(text: string): void {
  expect(text.length).toBeLessThanOrEqual(MAX_ANSWER_TEXT);
  expect(text).not.toMatch(/@(everyone|here)\b/);
  expect(text).not.toMatch(/<@[!&]?\d+>/);
}

describe('ask with hostile or odd input', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace only', ' \n\t  '],
    ['10,000 characters', 'troops '.repeat(1430)],
    ['binary', '\u0000\u0001\u00ff\ufffd\u0007PNG\r\n\u001a'],
    ['emoji only', '🪖🇲🇽🇺🇸🔥🔥'],
    ['mention-laden', '@everyone <@123456789012345678> <@&123456789012345678> what did @here say?'],
    ['markdown', '```js\nalert(1)\n``` **bold** __under__ > quote ||spoiler|| [link](http://x)'],
    ['Spanish', '¿Cuántas tropas desplegó México en la frontera?'],
    ['Chinese', '墨西哥在边境部署了多少军队？'],
    ['right-to-left override', 'how many \u202etroops\u202c did mexico deploy'],
    ["an object's built-in names", 'who is the constructor of __proto__ toString hasOwnProperty 5k valueOf'],
  ];
  for (const [name, q] of cases) {
    it(`answers ${name} input without throwing and within limits`, async () => {
      const a = await engine.ask(q, { userId: `hostile-${name}` });
      expect(typeof a.text).toBe('string');
      expect(a.text.length).toBeGreaterThan(0);
      expectSafe(a.text);
    });
  }

  it('never echoes a mention back', async () => {
    const a = await engine.ask('@everyone how many troops did Mexico deploy? <@123456789012345678>', {
      userId: 'echo',
    });
    expect(a.text).toContain('15,000');
    expectSafe(a.text);
  });

  it('survives thousands of random strings with bounded replies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc.constantFrom('what did', 'how many', 'when', 'who is', 'and she?'),
        ),
        async (q) => {
          const a = await engine.ask(q, { userId: 'fuzz' });
          expectSafe(a.text);
          expect(a.confidence).toBeGreaterThanOrEqual(0);
          expect(a.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});
