import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { withArticles } from './setup.ts';

/** A call-in caller who says who he is, then what he does, then why he fears a war. */
const TRANSCRIPT = `---
id: mesa-2024-call-in-port-closure
title: Callers weigh a closure of the Nogales port
outlet: Example Mesa Public Radio
published: 2024-04-02
url: https://example.org/call-in-port-closure
language: en
---
HOST: Next caller. Ernesto in Rio Rico, go ahead.

CALLER (ERNESTO, RIO RICO): Morning. I'm a cattle hauler, I've worked the Mariposa crossing 15 years. Every week we move calves north to the feedlots. If they close the port at Nogales, the calves sit in the pens, and then the feedlots in Kansas go empty.

HOST: Thank you, Ernesto.

CALLER (LUPE, TUBAC): I run a pharmacy in Tubac. I support the closure because the smuggling has gotten worse every month. My customers tell me so. The port has a new director too.
`;

/** A mayor who recounts a call, then gives her reason in her next quotation. */
const STORY = `---
id: valleydaily-2024-mayor-refuses-guard
title: Mayor refuses state guard patrol in Roma
outlet: Example Valley Daily
published: 2024-05-10
url: https://example.org/mayor-refuses-guard
language: en
---
Mayor Teresa Olvido of Roma said on Friday that the governor had offered to send state guard soldiers to patrol the town, but that she turned the offer down.

"He said, 'Let me send you two hundred soldiers.' And I told him, 'No, Governor.'"

She added, "Roma is not a battlefield. Our police know these streets."

Later that day, Councilman Rafael Ybarra said the town would meet on Monday.

"We will listen to everyone," Ybarra said.

"Nobody will be rushed," he added.

"The vote can wait until June," he said.
`;

let engine: AnswerEngine;

beforeAll(async () => {
  ({ engine } = await withArticles(TRANSCRIPT, STORY));
});

describe('laterInParagraph', () => {
  it("shows the rest of a caller's turn that speaks to the asked thing when his first sentences give no reason", async () => {
    const a = await engine.ask(
      'Why is the cattle hauler from Rio Rico against closing the port at Nogales?',
      {
        userId: 'a',
      },
    );
    expect(a.text).toContain('the calves sit in the pens');
  });

  it('adds nothing from further in the turn when the best sentence already gives the reason', async () => {
    const a = await engine.ask('Why does the Tubac pharmacist support the port closure?', { userId: 'b' });
    expect(a.text).toContain('because the smuggling has gotten worse');
    expect(a.text).not.toContain('a new director');
  });
});

describe('reasonQuotations', () => {
  it("goes on to the speaker's next quotation when the first only recounts another's words", async () => {
    const a = await engine.ask('Why did Mayor Olvido turn down the offer?', { userId: 'c' });
    expect(a.text).toContain('Roma is not a battlefield');
  });

  it('does not go on past a next quotation that recounts no one', async () => {
    const a = await engine.ask('Why did Ybarra say the town would meet?', { userId: 'd' });
    expect(a.text).toContain('We will listen to everyone');
    expect(a.text).not.toContain('The vote can wait');
  });
});
