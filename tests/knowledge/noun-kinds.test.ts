/**
 * What a common noun names by WordNet's hypernyms, and how that lets a role the lexicon never listed speak:
 * "the cook at the post", "a customs broker on the Zaragoza bridge".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { NounKinds, nounKind, type NounKindSource } from '../../src/knowledge/noun-kinds.ts';
import { WordNet } from '../../src/nlp/wordnet.ts';
import { KNOWLEDGE_DIR, WORDNET_FILE } from '../../src/paths.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let kinds: NounKinds;
let tools: PipelineTools;

beforeAll(async () => {
  kinds = new NounKinds(new WordNet(await readFile(join(KNOWLEDGE_DIR, WORDNET_FILE), 'utf8')));
  tools = await realTools();
});

describe('NounKinds', () => {
  it('files a role under person when its first sense is a kind of person', () => {
    for (const w of ['cook', 'broker', 'vendor', 'kid', 'rancher']) expect(kinds.kindOf(w)).toBe('person');
  });

  it('files a body of people under body, not person', () => {
    expect(kinds.kindOf('association')).toBe('body');
    expect(kinds.isPerson('association')).toBe(false);
  });

  it('files a thing, a word it does not know and a non-word under neither', () => {
    for (const w of ['statement', 'office', 'bridge', 'zzyzxq', 'Cook', ''])
      expect(kinds.kindOf(w)).toBeNull();
  });
});

describe('nounKind', () => {
  it('walks no further than eight hypernym steps', () => {
    const asked: number[] = [];
    const source: NounKindSource = {
      nounKindWords: (_w, depth) => {
        asked.push(depth);
        return new Set(['cook', 'worker', 'person']);
      },
    };
    expect(nounKind(source, 'cook')).toBe('person');
    expect(asked).toEqual([8]);
  });
});

describe('a role WordNet knows as a person speaks', () => {
  it('gives "he said" to the cook a sentence opens with, not to the official named before', () => {
    const body =
      'A railroad official in El Paso, who asked that his name not be used, said the trains carried "mostly soldiers and horses."\n\n' +
      'At the Eleventh Infantry camp east of town, the cook at the post was serving coffee at 4 o\'clock this morning to men who had not slept. "They fought all night and we stood all night," he said.';
    expect(speakerOfWords(tools, body, 'They fought all night')).toBe('the cook at the post');
  });

  it('gives "he said" to a customs broker, not to the doctor quoted before', () => {
    const body =
      '"It was a success for El Paso," said Dr. Isaac Villanueva, who studies border enforcement in El Paso.\n\n' +
      'A customs broker on the Zaragoza bridge, who has worked there since 1988, recalled that the mood changed overnight. "Before, it was a river," he said.';
    expect(speakerOfWords(tools, body, 'Before, it was a river')).toMatch(
      /^a customs broker on the Zaragoza bridge$/i,
    );
  });

  it('takes no person from a fragment with no verb ("Never the bandit.") for the "she" after it', () => {
    const body = [
      'ANDREA SOLÍS (HOST): Good afternoon and welcome to La Frontera Hour.',
      'SOLÍS: We are joined now by phone by Graciela Cortina Villarreal, who lives in San Benito. Mrs. Villarreal, good afternoon.',
      'GRACIELA CORTINA VILLARREAL: Buenas tardes, Andrea. Good afternoon.',
      'SOLÍS: How did your family talk about him?',
      'VILLARREAL: In my grandmother\'s kitchen he was "el general," always. Never the bandit. She said, "Cheno defended the people that nobody else would defend."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'Cheno defended')).not.toBe('the bandit');
  });
});
