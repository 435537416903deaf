/**
 * A person introduced by what they are before their name ("A retired Army colonel, Ismael Narváez Cota, who
 * commanded troops…", "A retired Navy captain who sailed on her, Rogelio Abarca Nava, …") and later called by
 * that role ("the colonel said", "the retired captain said") keeps their words: the role is theirs even when
 * the words after the name are what the article keeps as their description.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('a role given before the name', () => {
  it('gives "the colonel said" to the colonel named after the phrase, a "who" clause after his name', () => {
    const body = [
      'Soldiers fired on a pickup truck near Huixtla on Tuesday night.',
      'A retired Army colonel, Ismael Narváez Cota, who commanded troops in the Soconusco, said the soldiers face real danger. "On that highway the criminal groups move at night," the colonel said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'criminal groups move')).toBe('Ismael Narváez Cota');
  });

  it('gives "the retired captain said" to the captain a "who" clause went on about before his name', () => {
    const body = [
      'The training ship struck the bridge on Saturday night.',
      'A retired Navy captain who sailed on her as a junior officer, Rogelio Abarca Nava, now 68, lives two streets above the naval base.',
      'Abarca disagreed with the admiral. "If they come home now, the cadets will remember only fear," the retired captain said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'remember only fear')).toBe('Rogelio Abarca Nava');
  });

  it('keeps "the mayor said" from a town set off after a phrase ("A town that grew up around the mill, Reynosa,")', () => {
    const body = [
      'The mill closed in March.',
      'A town that grew up around the mill, Reynosa, is quiet now. "We wait for the trucks," the mayor said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We wait for the trucks')).not.toBe('Reynosa');
  });

  it('gives "the captain said" to no one described only as a ship\'s ("A ship whose captain…, the Julia Ann,")', () => {
    const body = [
      'Two boats came up the river.',
      'A steamer who carried cotton downriver, the Julia Ann, tied up at the landing. "We carried no soldiers," the captain said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We carried no soldiers')).not.toBe('the Julia Ann');
  });
});

describe('words a quotation says were told to the speaker', () => {
  const opening =
    "Geronimo came into the general's camp in May. According to Mr. Hartigan, who had his account from one of the packers, they talked for two days.";
  const later =
    'A civilian packer, Patrick Quirk, who came in with the first mule train, was of another opinion. "We lost more mules than men," Quirk said.';

  it('gives the inner words to the one who said them ("The packer told me Geronimo said to him, \'…\'")', () => {
    const body = [
      opening,
      '"The packer told me Geronimo said to him, \'My people are scattered like quail,\'" Mr. Hartigan said.',
      later,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'scattered like quail')).toBe('Geronimo');
  });

  it('leaves the words with the one who told them when no one else said them ("The packer told me, \'…\'")', () => {
    const body = [
      opening,
      '"Then the packer told me, \'We will be home by June,\' and we were," Mr. Hartigan said.',
      later,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'home by June')).not.toBe('Geronimo');
  });

  it('does not make a day a speaker ("He told us Tuesday the general said, \'…\'")', () => {
    const body = [
      opening,
      '"He told us Tuesday the general said, \'We march at dawn,\'" Mr. Hartigan said.',
      later,
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'We march at dawn')).not.toBe('Tuesday');
  });
});
