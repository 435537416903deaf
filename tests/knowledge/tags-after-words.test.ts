/**
 * Who the tag after quoted words names when it is no person's name and no listed verb of saying: a group or
 * one picked out of it ('"Viva Villa!" the raiders cried.', '"…," one of the Rangers said'), a description
 * after the verb ('shouted the crowd'), a speaker described with a participle ('said a fisherman mending nets
 * …'), and a document that carries the words ('"…," it reads in part.', '"…," the telegram said.').
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

/** `line` after an opening paragraph naming someone else, so that nothing is left for want of a speaker. */
function speaker(line: string, words: string): string | undefined {
  return speakerOfWords(tools, `Maj. John Warren held the town on Sunday after the fight.\n\n${line}`, words);
}

describe('a group the words are handed to', () => {
  it('is the group whose verb closes the tag, whatever the verb ("the raiders cried")', () => {
    expect(speaker('"Viva Villa!" the raiders cried.', 'Viva Villa')).toBe('the raiders');
    expect(speaker('"Viva Villa!" the raiders cried as they rode in.', 'Viva Villa')).toBe('the raiders');
  });

  it('is the group described after the verb ("shouted the crowd")', () => {
    expect(speaker('"Down with the tyrant!" shouted the crowd.', 'Down with the tyrant')).toBe('the crowd');
  });

  it('is the group described after the verb with what it belongs to ("the soldiers of the garrison")', () => {
    expect(speaker('"We will fight," shouted the soldiers of the garrison.', 'We will fight')).toBe(
      'the soldiers of the garrison',
    );
  });

  it('is not read where the words sit inside a clause of their own ("When Maj. Warren shouted \'Fire!\', the crowd scattered")', () => {
    expect(speaker('When Maj. Warren shouted "Fire!", the crowd scattered.', 'Fire')).not.toBe('the crowd');
    expect(speaker('At the cry of "Fire!" the horses bolted.', 'Fire')).not.toBe('the horses');
  });

  it('is not read where the verb goes on to an object or another verb', () => {
    expect(speaker('"Viva Villa!" the raiders began building a fort.', 'Viva Villa')).not.toBe('the raiders');
  });
});

describe('one picked out of a group before or after the verb', () => {
  it('is "one of the strikers", the words picking out not counted against the subject', () => {
    expect(speaker('"We will not go," one of the strikers shouted.', 'We will not go')).toBe(
      'one of the strikers',
    );
  });

  it('is "one of the Rangers", a group the tagger reads as a name', () => {
    expect(
      speaker('"We came to help," said one of the Rangers, who would not give his name.', 'We came to help'),
    ).toBe('one of the Rangers');
    expect(speaker('"We never left the ford," one of the Rangers said.', 'We never left the ford')).toBe(
      'one of the Rangers',
    );
  });

  it('is the one of the group whose tag splits the words ("…," one of the boys complained, "…")', () => {
    const line =
      '"We never got to see the big fight," one of the Illinois boys complained, "but we kept the coffee."';
    expect(speaker(line, 'We never got to see')).toBe('one of the Illinois boys');
    expect(speaker(line, 'we kept the coffee')).toBe('one of the Illinois boys');
  });
});

describe('one member of a body written with a capital', () => {
  it('is "a Ranger", the capitalised word after the article a noun for a person', () => {
    expect(speaker('"We lost everything," a Ranger said.', 'We lost everything')).toBe('a Ranger');
    expect(
      speaker('"We lost everything," said a Ranger who would not give his name.', 'We lost everything'),
    ).toBe('a Ranger');
  });
});

describe('a speaker described by what they were doing', () => {
  it('keeps the person as the head when the tagger reads the participle as a noun ("a fisherman mending nets")', () => {
    expect(
      speaker(
        '"Every child here knows the Dale came in under a false flag," said a fisherman mending nets beside the estuary, who preferred not to give his name.',
        'Every child here knows',
      ),
    ).toBe('a fisherman mending nets beside the estuary');
  });
});

describe('a document that carries the words', () => {
  it('gives "it reads in part" to the one who signed the notice', () => {
    const line =
      'A printed notice signed by Gen. Lucio Blanco was posted in the plaza. "Looters will be shot," it reads in part.';
    expect(speaker(line, 'Looters will be shot')).toBe('Lucio Blanco');
  });

  it('gives "the telegram said" to the one it came from', () => {
    const line =
      'A telegram from Gen. Ord reached the post on Friday. "Hold the ford at all costs," the telegram said.';
    expect(speaker(line, 'Hold the ford')).toBe('Gen. Ord');
  });

  it('gives "it said" to the document when the text names no owner', () => {
    const line = 'A sign went up at the depot on Monday. "No train will stop here after dark," it said.';
    expect(speaker(line, 'No train will stop')).toBe('the sign');
  });

  it('leaves "it" after words inside a sentence of their own to no document ("…arrived. When we read it, \'Enough,\' it seemed.")', () => {
    expect(
      speaker('The governor\'s letter arrived on Tuesday. When we read it, "Enough," it seemed.', 'Enough'),
    ).not.toBe('the letter');
  });

  it('leaves "it" no one\'s when nothing before it carries words', () => {
    const line = 'The rain came down on Monday. "No train will stop here after dark," it seemed.';
    expect(speaker(line, 'No train will stop')).toBe('unattributed');
  });
});
