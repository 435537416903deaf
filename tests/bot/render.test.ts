import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.ts';
import { buttonId, parseButtonId } from '../../src/bot/custom-ids.ts';
import { questionOf } from '../../src/bot/messages.ts';
import {
  MAX_EMBED_DESCRIPTION,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE,
  MAX_EMBED_TOTAL,
  MAX_FIELD_VALUE,
  renderAnswer,
  toChoices,
} from '../../src/bot/render.ts';
import { renderRefresh } from '../../src/bot/render-knowledge.ts';

const SNOWFLAKE = '1234567890123456789';

function citation(
  i: number,
  title = 'Mexico president tells Trump he will not hold migrants at US border',
): Citation {
  return {
    sourceId: `source-${i}`,
    title,
    outlet: 'The Independent',
    published: '2019-06-25',
    url: `https://www.independent.co.uk/news/world/americas/${'a'.repeat(120)}-${i}.html`,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    intent: 'count',
    answeredAs: 'count',
    answered: true,
    confidence: 1,
    direct: 'some 15,000 troops',
    text: '**some 15,000 troops**\n> Mexico has deployed some 15,000 troops to its northern border.\n-# The Independent, 25 Jun 2019 <https://example.org>',
    evidence: [],
    citations: [citation(1)],
    quoteIds: [],
    sentenceIds: [],
    suggestions: ['What happened in 2019?'],
    ...overrides,
  };
}

const OPTIONS = {
  answerId: SNOWFLAKE,
  ownerId: SNOWFLAKE,
  more: true,
  feedback: true,
  knowledgeVersion: 'abc',
};

describe('renderAnswer', () => {
  it('puts the direct answer in the title and the citations in a field, not twice in the description', () => {
    const embed = renderAnswer(answer(), OPTIONS).embeds?.[0];
    expect(embed?.title).toBe('Some 15,000 troops');
    expect(embed?.description).toBe('> Mexico has deployed some 15,000 troops to its northern border.');
    expect(embed?.fields?.[0]?.name).toBe('Source');
    expect(embed?.fields?.[0]?.value).toContain('](<https://www.independent.co.uk/');
  });

  it('keeps every part of a huge answer within Discord’s embed limits', () => {
    const huge = answer({
      direct: 'x'.repeat(400),
      text: 'word '.repeat(3000),
      citations: Array.from({ length: 60 }, (_, i) => citation(i, 'Long title '.repeat(30))),
      suggestions: Array.from({ length: 30 }, (_, i) => `Question number ${i} ${'y'.repeat(90)}?`),
    });
    const payload = renderAnswer(huge, OPTIONS);
    const embed = payload.embeds?.[0];
    expect(embed?.title?.length).toBeLessThanOrEqual(MAX_EMBED_TITLE);
    expect(embed?.description?.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION);
    expect(embed?.fields?.length).toBeLessThanOrEqual(MAX_EMBED_FIELDS);
    for (const field of embed?.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE);
    const total =
      (embed?.title?.length ?? 0) +
      (embed?.description?.length ?? 0) +
      (embed?.footer?.text.length ?? 0) +
      (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_EMBED_TOTAL);
    expect(payload.allowedMentions.parse).toEqual([]);
  });

  it('offers Sources, More, 👍 and 👎 with custom ids under 100 characters, and only what applies', () => {
    const full = renderAnswer(answer(), OPTIONS).components?.[0]?.components ?? [];
    expect(full.map((b) => b.label ?? b.emoji?.name)).toEqual(['Sources', 'More', '👍', '👎']);
    for (const b of full) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const bare = renderAnswer(answer({ citations: [] }), { ...OPTIONS, more: false, feedback: false });
    expect(bare.components).toEqual([]);
  });
});

describe('custom ids', () => {
  it('reads back what it writes and rejects anything else', () => {
    for (const action of [
      { action: 'sources', answerId: SNOWFLAKE },
      { action: 'more', answerId: SNOWFLAKE, ownerId: '42' },
      { action: 'vote', vote: 'down', answerId: SNOWFLAKE },
    ] as const)
      expect(parseButtonId(buttonId(action))).toEqual(action);
    for (const foreign of ['more', 'bb:more:1', 'bb:src:abc', 'bb:up:1:2', 'xx:src:1', 'bb:src:1:extra'])
      expect(parseButtonId(foreign)).toBeNull();
  });
});

describe('toChoices', () => {
  it('returns at most 25 distinct choices of 1–100 characters', () => {
    const choices = toChoices([
      '',
      'a',
      'a',
      'b'.repeat(150),
      ...Array.from({ length: 40 }, (_, i) => `q${i}`),
    ]);
    expect(choices.length).toBe(25);
    expect(choices[0]).toEqual({ name: 'a', value: 'a' });
    expect(choices[1]?.name.length).toBeLessThanOrEqual(100);
    expect(choices[1]?.value.length).toBeLessThanOrEqual(100);
  });
});

describe('renderRefresh', () => {
  it('tells the moderator why in one line and that nothing changed', () => {
    const description = renderRefresh(
      { ok: false, reason: 'x.md: front matter field "id" is missing or empty' },
      'add',
    ).embeds?.[0]?.description;
    expect(description?.split('\n')).toEqual([
      'x.md: front matter field "id" is missing or empty',
      'Nothing was changed: the bot still serves the same knowledge from the same sources.',
    ]);
  });
});

describe('questionOf', () => {
  it('removes mentions of the bot and keeps the question', () => {
    expect(questionOf(`<@${SNOWFLAKE}> how many troops?`, SNOWFLAKE)).toBe('how many troops?');
    expect(questionOf(`hey <@!${SNOWFLAKE}>   who is AMLO`, SNOWFLAKE)).toBe('hey who is AMLO');
  });
});
