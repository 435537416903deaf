import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { roleAsKind } from '../../src/answer/role-as-kind.ts';
import { shippedRuntime } from './setup.ts';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await shippedRuntime();
});

/** Whether the role word `role` of `question` is read as a kind of person rather than its holder. */
function asKind(question: string, role: string): boolean {
  const tokens = runtime.questionNlp.analyse(question).tokens;
  return roleAsKind(
    tokens,
    tokens.findIndex((t) => t.normal === role),
  );
}

describe('a role asked of anyone who held it', () => {
  it('reads "a sitting US president" and "the first US president" as any president, not the current one', () => {
    expect(asKind('Had a sitting US president ever been on Mexican soil before Taft?', 'us')).toBe(true);
    expect(asKind('Was Taft the first US president on Mexican soil?', 'us')).toBe(true);
  });

  it('reads "the president" and "the US president" as the one who holds it', () => {
    expect(asKind('What did the president say about the troops?', 'president')).toBe(false);
    expect(asKind('Did the US president send troops to the border?', 'us')).toBe(false);
  });

  it("does not reach past the question's own verb to its subject's article", () => {
    expect(asKind('Did a reporter ask US president Biden about the troops?', 'us')).toBe(false);
    expect(asKind('Did the first lady meet Mexican president López Obrador?', 'mexican')).toBe(false);
  });
});
