import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine.ts';
import { articlesAlone } from './setup.ts';

const ARTICLE = `---
id: valleyherald-1971-ranch-gate-standoff
title: "Night standoff at ranch gate ends without shots"
outlet: Valley Herald (Alpine, Texas)
published: 1971-05-14
url: https://www.valleyherald.example/1971/05/14/ranch-gate-standoff
language: en
---
ALPINE, Texas — A standoff between a rancher and a dozen armed men at the gate of the Cibolo ranch ended before dawn Thursday without a shot fired, the county sheriff said.

Tomasa Rendón, 64, who cooks for the ranch hands, said she was woken a little after three o'clock by yelling at the gate. "A man was calling to the foreman over and over. 'Open the gate or we take it down!' Then the trucks turned their lights on the house."

The sheriff, Wade Colley, said his deputies arrived at about four and the men drove off toward the river.
`;

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await articlesAlone({ 'ranch.md': ARTICLE }));
});

describe('asking what someone heard shouted', () => {
  it('shows the words shouted, quoted after the report of the shouting', async () => {
    const a = await engine.ask('What did Rendón hear the men shouting at the gate?', { userId: 'shouted-1' });
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Open the gate or we take it down');
  });
});
