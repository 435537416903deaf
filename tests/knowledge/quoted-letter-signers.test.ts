/**
 * A letter printed inside quotation marks is its signer's, not the words of whoever showed it to the paper:
 * '"Dear Mike, — … Your loving brother, Will."' after "Mrs. Purcell has shown us a letter her husband wrote".
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { quotedLetterSigner, signersOfQuotedLetters } from '../../src/knowledge/quoted-letter-signers.ts';
import type { WorkingQuote } from '../../src/knowledge/working.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

describe('quotedLetterSigner', () => {
  it('reads the signature after "Your … son," or "Yours truly,"', () => {
    expect(quotedLetterSigner('Dear Mother, — I am left behind sick. Your affectionate son, W. T. A.')).toBe(
      'W. T. A.',
    );
    expect(quotedLetterSigner('Do not tell Mother I was there. Your loving brother, Will.')).toBe('Will');
    expect(quotedLetterSigner('We held the ford. Yours truly, John Hale.')).toBe('John Hale');
  });

  it('returns null for words that end without a sign-off', () => {
    expect(quotedLetterSigner('I never want to see such a place again as that canyon.')).toBeNull();
    expect(quotedLetterSigner('It is yours, Will.')).toBeNull();
  });
});

/** A top-level quotation no verb of saying hands over, with the words `text`. */
function unattributed(text: string): WorkingQuote {
  return {
    parent: null,
    cue: null,
    attributionSentence: null,
    speakerId: null,
    speakerName: '',
    text,
  } as WorkingQuote;
}

describe('signersOfQuotedLetters', () => {
  it("asks for the article's people only when a quotation is signed", () => {
    const people = vi.fn(() => [{ id: 'amos-tredway', name: 'Amos Tredway' }]);
    signersOfQuotedLetters([unattributed('We held the ford and lost no one.')], people);
    expect(people).not.toHaveBeenCalled();
    const signed = unattributed('Give my love to Mother. Your affectionate brother, Amos Tredway.');
    signersOfQuotedLetters([signed, unattributed('Yours truly, Amos.')], people);
    expect(people).toHaveBeenCalledTimes(1);
    expect(signed.speakerId).toBe('amos-tredway');
  });
});

describe('a quoted letter', () => {
  it('is the words of the one who signed it, not of the one who showed it to the paper', () => {
    const body = [
      'William Henry Purcell died at his home in Lake Valley on Sunday. Mr. Purcell came West in 1879.',
      'Mrs. Margaret Purcell has shown us a letter her husband wrote to his brother in 1881. We print a part of it by her leave:',
      '"Dear Mike, — I was in it and am not hurt, only my horse, which they shot under me. Your loving brother, Will."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'only my horse')).toBe('William Henry Purcell');
  });

  it("is its signature's when the signer is named nowhere else", () => {
    const body = [
      'Mr. Anselm Gessler returned on Wednesday from Piedras Negras. A young man of the command, sick with a fever, has asked us to print the following letter to his mother:',
      '"Dear Mother, — I am left behind sick, but among good people. Your affectionate son, W. T. A."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'left behind sick')).toBe('W. T. A.');
  });
  it('gives every paragraph of a letter printed over several to the one who signed its last', () => {
    const body = [
      'The first is from Mr. Amos Tredway, a private in Company B, to his brother, Mr. Eli Tredway, who keeps the mill below this town. The letter is dated at Monterey, March 2.',
      '"Dear Brother — I take my pen to let you know that I am alive and well, though as lean as a rail.',
      '"On the 9th we marched into the town. The people that stayed behind were civil and sold us flour and beans.',
      '"Give my love to Mother. — Your affectionate brother, Amos Tredway."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'I take my pen')).toBe('Amos Tredway');
    expect(speakerOfWords(tools, body, 'sold us flour')).toBe('Amos Tredway');
  });

  it('leaves spoken words that end by addressing someone to the one its sentence says spoke them', () => {
    const body = [
      'President Claudia Sheinbaum spoke on Monday. Andrés Manuel López Obrador was in Palenque.',
      '"We did our part on the border. Your move, Mr. President," Sheinbaum said.',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'our part on the border')).toBe('Claudia Sheinbaum');
  });

  it("is its signer's when its sentence hands it to the letter (\"The letter closes: '… Your affectionate brother, Jacob.'\")", () => {
    const body = [
      'Daniel Rummel of Ebensburg has handed us a letter from his brother, Jacob Rummel, a private at Puebla.',
      '"They cut the water pipes the first week," he writes.',
      'The letter closes: "Tell Mother I keep the scapular she gave me. Tell her not to believe what the newspapers say about the sickness, for I am as fat as a pig. Your affectionate brother, Jacob."',
    ].join('\n\n');
    expect(speakerOfWords(tools, body, 'fat as a pig')).toBe('Jacob Rummel');
  });
});
