/**
 * The aliases of the real entity data are matched by the project's own matcher (src/nlp/custom-entities.ts),
 * not by wink-nlp's slow `cer` pipe, which an alias spelled like a word of wink's pattern language ("TIME",
 * "DATE") would silently fall back to.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeData } from '../../src/knowledge/build.ts';
import { Nlp } from '../../src/nlp/pipeline.ts';
import { KNOWLEDGE_DIR } from '../../src/paths.ts';

describe('matching the aliases of the entity data', () => {
  it('takes the fast path for the real knowledge/entities.json, for articles and for questions', async () => {
    const data = await loadKnowledgeData(KNOWLEDGE_DIR);
    const aliases = data.entities.caseSensitiveAliases ?? [];
    expect(new Nlp(data.entities.entities, aliases, 'articles').matchesAliasesItself).toBe(true);
    expect(new Nlp(data.entities.entities, aliases, 'questions').matchesAliasesItself).toBe(true);
  });

  it("falls back to the slow pipe for an alias spelled like a word of wink's pattern language", () => {
    const nlp = new Nlp([{ id: 'clock', aliases: ['TIME'] }], [], 'questions');
    expect(nlp.matchesAliasesItself).toBe(false);
  });
});
