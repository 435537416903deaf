/**
 * Attribution when a pronoun or a short name says the words and no named person is meant: an unnamed
 * person, a body or a group the sentence before opens with, a body named again by its last word, a
 * subject with an apposition set off by commas, and a body or an unnamed person before a colon.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { annotateText, realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words);
}

describe('describedAntecedent', () => {
  it('gives "he told reporters" to the unnamed spokesman the sentence before opens with, not to a man named earlier', () => {
    const body = [
      'Dale Whitcomb, 71, a retired Marine Corps engineer, keeps a bent bolt from that fence on his desk. "We were told it was a training mission," Whitcomb said.',
      'On launch day, an INS spokesman went out of his way to play down the uniforms. "This is a law enforcement operation, and there will be no soldiers standing on the line," he told reporters at the Chula Vista station.',
    ].join('\n\n');
    expect(speakerOf(body, 'law enforcement operation')?.toLowerCase()).toBe('an ins spokesman');
  });

  it('gives "they called it" to the group the sentence before opens with', () => {
    const body = [
      'Democrats on the House Armed Services Committee have pressed the Pentagon for months to say when the border mission will end. In a letter last month, they called it "an open-ended commitment with no measurable goal and no exit."',
    ].join('\n\n');
    expect(speakerOf(body, 'open-ended commitment')).toBe('Democrats on the House Armed Services Committee');
  });

  it('gives "they wrote" to the people a collective noun opens the sentence before with ("a group of about 40 officers\' wives")', () => {
    const body = [
      'In a letter delivered to City Hall on Thursday, a group of about 40 officers\' wives asked Mayor Jorge Hank Rhon to get the guns back quickly. "Our husbands go out every night to the same streets as the criminals, and now they go out with their hands empty," they wrote.',
    ].join('\n\n');
    expect(speakerOf(body, 'Our husbands go out')).toBe("a group of about 40 officers' wives");
  });

  it('gives "It called" to the body a transcript turn opens with, past an "It said" between', () => {
    const body = [
      'MONTOYA: The Mexican Defense Ministry, SEDENA, put out a short statement on Saturday. It said the soldiers were on an anti-drug patrol. It called the crossing "an involuntary error" and said there was no intention of violating U.S. sovereignty.',
    ].join('\n\n');
    expect(speakerOf(body, 'involuntary error')).toMatch(/Mexican Defense Ministry$/);
  });

  it('gives "It said" to a body the sentence before describes by a noun for one, not by a name ("Mexico\'s foreign ministry")', () => {
    const body = [
      'Mexico\'s foreign ministry announced the handover in a short statement late this afternoon. It said Guzmán had been "delivered to the authorities of the United States of America" at the Ciudad Juárez airport.',
    ].join('\n\n');
    expect(speakerOf(body, 'delivered to the authorities')).toBe("Mexico's foreign ministry");
  });

  it('gives "it said" after a quotation to that body, not to a time the sentence before names ("late this afternoon")', () => {
    const body = [
      'The foreign ministry announced the handover late this afternoon. "Guzmán has been delivered to the authorities," it said.',
    ].join('\n\n');
    expect(speakerOf(body, 'Guzmán has been delivered')).toBe('the foreign ministry');
  });

  it('gives "he said" to an unnamed person described by whose he is ("A Villa officer who was taken prisoner")', () => {
    const body = [
      '"Not a single light was operated from this side of the line," Gen. Thomas F. Davis said.',
      'A Villa officer who was taken prisoner and brought to the international line this afternoon spoke to this correspondent through an interpreter. "We came to fight Carranza," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'came to fight Carranza')).toBe('a Villa officer');
  });

  it('leaves "he said" to the person named as the subject, not the unnamed one spoken to', () => {
    const body = [
      'Gen. Thomas F. Davis spoke to a Villa officer through an interpreter. "We came to keep the peace," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'came to keep the peace')).toMatch(/Davis/);
  });

  it('leaves "he said" to the named person when the sentence before names one', () => {
    const body = [
      'An INS spokesman spoke first. Then Dale Whitcomb stood up. "We built it anyway," he said.',
    ].join('\n\n');
    expect(speakerOf(body, 'built it anyway')).not.toMatch(/spokesman/i);
  });
});

describe('body named again by its last word', () => {
  it('gives "the Secretariat said" and the quotation after it to the National Defense Secretariat', () => {
    const body = [
      'About 2,000 soldiers will remain in the municipality, according to the National Defense Secretariat.',
      '"The army is not abandoning Juárez," the Secretariat said in a statement on Wednesday. "It is returning to the tasks the Constitution assigns to it."',
    ].join('\n\n');
    expect(speakerOf(body, 'not abandoning')).toBe('the National Defense Secretariat');
    expect(speakerOf(body, 'returning to the tasks')).toBe('the National Defense Secretariat');
  });
});

describe('withoutRelative', () => {
  it('takes the subject before an apposition opening with "the", not a place named inside it', () => {
    const body = [
      'Joint Task Force Six, the El Paso-based command that coordinates military support to drug agencies along the border, said in a statement that the case "involved the misconduct of one individual."',
    ].join('\n\n');
    expect(speakerOf(body, 'misconduct of one')?.toLowerCase()).toBe('joint task force six');
  });
});

describe('transcriptTurns', () => {
  it("keeps a turn's sentence that quotes a body's words in part the turn speaker's", () => {
    const body = [
      "HOST DIANE ESQUIBEL: Good morning, this is Borderlands Morning. I'm Diane Esquibel.",
      'REPORTER RAY MONTOYA: Diane, this was on Thursday, March 2, south of Santa Teresa.',
      'ESQUIBEL: What does Mexico say?',
      'MONTOYA: The Mexican Defense Ministry, SEDENA, put out a short statement on Saturday. It said the soldiers were on an anti-drug patrol. It called the crossing "an involuntary error" and said there was no intention of violating U.S. sovereignty.',
    ].join('\n\n');
    const article = annotateText(tools, body, { published: '2000-03-21' });
    const turn = article.quotes.find((q) => q.text.includes('It called the crossing'));
    expect(turn?.speakerName).toMatch(/Montoya$/);
    expect(speakerOf(body, 'involuntary error')).toMatch(/Mexican Defense Ministry$/);
  });
});

describe('a colon handing over words in full', () => {
  it('gives them to a body the clause opens with ("US Northern Command was blunt in its reply:")', () => {
    const body = ['US Northern Command was blunt in its reply: "We do not discuss operations."'].join('\n\n');
    expect(speakerOf(body, 'discuss operations')).toBe('US Northern Command');
  });

  it('gives them to an unnamed person a body describes, past a "who" clause, not to the body', () => {
    const body = [
      'A Pentagon official familiar with the command, who spoke on condition of anonymity, put it this way: "JTF-North is the quiet part of the border mission."',
    ].join('\n\n');
    expect(speakerOf(body, 'quiet part')).toMatch(/^a Pentagon official/);
  });
});
