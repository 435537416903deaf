/** Follow-ups on articles the engine was not tuned on: the events and figures they point back to. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let user = 0;
const fresh = () => ({ userId: `new-articles-${++user}` });
const engineWith = (dir: string): Promise<AnswerEngine> => fixtureEngine(runtime, dir);

beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('a follow-up asking when an event happened', () => {
  it('dates the event by its paragraph when the dated sentence does not name it ("when did that shooting happen")', async () => {
    const engine = await engineWith('articles-5');
    const who = fresh();
    await engine.ask('Who is Raymond Tafoya?', who);
    await engine.ask('what did he say about redford?', who);
    const a = await engine.ask('when did that shooting happen', who);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('May 20, 1997');
    expect(a.text).toContain('shot him once');
  });
});

describe('a follow-up asking how many or how big, naming nothing', () => {
  it('answers "how big is his place" with the area the last answer showed, not the groups who crossed it', async () => {
    const engine = await engineWith('articles-2');
    const who = fresh();
    await engine.ask('Who is Dale Hutto?', who);
    const a = await engine.ask('how big is his place', who);
    expect(a.direct ?? '').not.toContain('groups');
    expect(a.direct).toBe('about 9,000 acres');
  });
});
