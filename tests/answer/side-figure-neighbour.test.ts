/** A comparison side's figure counting the asked noun itself, found next to the sentence that places the side. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { fixtureEngine, shippedRuntime } from './setup.ts';

let runtime: Runtime;
let user = 0;
const fresh = () => ({ userId: `side-figure-${++user}` });

beforeAll(async () => {
  runtime = await shippedRuntime();
});

describe('peopleFigure', () => {
  it('takes the figure of the asked noun in the sentence next to the one naming the side', async () => {
    const engine = await fixtureEngine(runtime, 'articles-19');
    const a = await engine.ask(
      'Were there more American soldiers around Douglas in 1915 or riding with Mackenzie in 1873?',
      fresh(),
    );
    expect(a.direct).toContain('riding with Mackenzie in 1873: some 400 soldiers');
    expect(a.direct).not.toContain('two dozen');
  });

  it('keeps a figure that counts the asked noun in the sentence naming the side', async () => {
    const engine = await fixtureEngine(runtime, 'articles-19');
    const a = await engine.ask(
      'Were there more American soldiers around Douglas in 1915 or riding with Mackenzie in 1873?',
      fresh(),
    );
    expect(a.direct).toContain('around Douglas in 1915: nearly 5,000 soldiers');
  });
});

describe('a comparison of distances', () => {
  it('gives the one distance the coverage states and says it does not give the other', async () => {
    const engine = await fixtureEngine(runtime, 'articles-22');
    const a = await engine.ask(
      'Which is closer to the Brite headquarters, Marfa or the Rio Grande?',
      fresh(),
    );
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Marfa is 35 miles from the Brite headquarters');
    expect(a.text).toContain('does not give how far the Rio Grande is');
  });
});
