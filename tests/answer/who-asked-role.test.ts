/**
 * A who-question's answer is the one in the asked role of the asked verb: "Who was detained?" asks for whom
 * the act was done to, not the agency named after "by", and "Who wounded the sergeant?" not the one a clause
 * in the passive says was wounded; "Who fired the shots?" asks for who fired first, not
 * the agent who fired back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: example-2019-sasabe-shooting
title: Gunfire near Sasabe
outlet: Example Herald
published: 2019-06-25
url: https://example.org/sasabe
language: en
---
Gunfire near Sasabe
A gunman opened fire on the checkpoint near Sasabe on Tuesday, and Border Patrol agent Mark Ruiz fired back, officials said.

Two men were detained by the US Border Patrol after the shooting, the agency said.

The Texas Rangers later arrested Sgt. Juan Pérez in Laredo.

Sgt. Ann Cole, a Guard soldier who was wounded in the exchange, was treated at the scene.
`;

let engine: AnswerEngine;
let user = 0;
const fresh = () => ({ userId: `who-asked-role-${++user}` });

beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'sasabe.md': ARTICLE }));
}, 120_000);

describe('the one in the asked role of a who-question', () => {
  it('does not answer "Who was detained?" with the agency that detained them', async () => {
    const a = await engine.ask('Who was detained?', fresh());
    expect(a.direct ?? '').not.toContain('Border Patrol');
  });

  it('answers "Who was arrested?" with the one arrested ("arrested Sgt. Juan Pérez")', async () => {
    expect((await engine.ask('Who was arrested in Laredo?', fresh())).direct).toBe('Juan Pérez');
  });

  it('does not answer "Who wounded the sergeant?" with the one a clause in the passive says was wounded', async () => {
    const a = await engine.ask('Who wounded the sergeant?', fresh());
    expect(a.direct ?? '').not.toContain('Ann Cole');
  });

  it('answers "Who was wounded in the exchange?" with her ("a Guard soldier who was wounded")', async () => {
    expect((await engine.ask('Who was wounded in the exchange?', fresh())).direct).toBe('Ann Cole');
  });

  it('does not answer "Who fired the shots?" with the agent who fired back', async () => {
    const a = await engine.ask('Who fired the shots at the checkpoint?', fresh());
    expect(a.direct ?? '').not.toContain('Ruiz');
  });

  it('still answers "Who fired back?" with that agent', async () => {
    expect((await engine.ask('Who fired back at the gunman?', fresh())).direct).toBe('Mark Ruiz');
  });
});
