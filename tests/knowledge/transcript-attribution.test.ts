/**
 * Attribution in broadcast transcripts: who speaks a turn a call-in show labels by role and names in a
 * note, and who said the words a turn's speaker recounts from someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { realTools, speakerOfWords } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

function speakerOf(body: string, words: string): string | undefined {
  return speakerOfWords(tools, body, words, '1989-11-16');
}

const CALL_IN = [
  'MARISOL PARDO (HOST): Good afternoon. With me is Colonel Dennis Marchetti of the task force.',
  'COL. DENNIS MARCHETTI: Thank you, Marisol. We start with about 70 people.',
  "PARDO: Let's go to the phones. Lupe in Canutillo, you're on the air.",
  'CALLER (LUPE, CANUTILLO): Hi, thank you. Can these soldiers arrest people? Because my neighbor told me, "Now the Army can stop you on the road," and my mother is very scared.',
  "MARCHETTI: No, ma'am. Please tell your mother no.",
  'PARDO: Next caller. Dale in Deming, go ahead.',
  'CALLER (DALE, DEMING): Hi. I ranch south of Columbus. Who pays when a bulldozer takes out my fence?',
].join('\n\n');

describe('transcript attribution', () => {
  it('builds a transcript whose caller note holds characters a pattern gives meaning to ("CALLER (RETIRED RANCHER, EL PASO]):")', () => {
    const body = CALL_IN.replace('CALLER (DALE, DEMING):', 'CALLER (RETIRED RANCHER, EL PASO]):');
    expect(() => speakerOf(body, 'I ranch south of Columbus')).not.toThrow();
  });

  it('gives a turn to the guest whose label holds an aside in brackets before the role ("COL. DWIGHT FARRADAY (RET.), U.S. ARMY:")', () => {
    const body = [
      'MARISOL PARDO, HOST: Good afternoon. With me is retired Colonel Dwight Farraday.',
      'COL. DWIGHT FARRADAY (RET.), U.S. ARMY: The figure I have seen is about twelve thousand troops.',
      'PARDO: And the air strikes?',
      'FARRADAY: The air force used aircraft against positions in the hills.',
    ].join('\n\n');
    expect(speakerOf(body, 'about twelve thousand troops')).toBe('Dwight Farraday');
  });

  it('gives a turn to the guest whose label gives the role in two parts ("ALDEN MARSH, HISTORIAN, HARTNELL COLLEGE:"), and their later turns by surname', () => {
    const body = [
      'HOWARD LINDQVIST, HOST: Good evening. Professor Alden Marsh teaches history at Hartnell College. Professor Marsh, set the scene.',
      'ALDEN MARSH, HISTORIAN, HARTNELL COLLEGE: In the fall of 1846 the Americans thought California was won.',
      'LINDQVIST: Who led the Americans that day?',
      'MARSH: Two captains of volunteers led about sixty men.',
      'CARL JESSEN, FARMER, NATIVIDAD ROAD: My father turned up a lance point in the lower field.',
    ].join('\n\n');
    expect(speakerOf(body, 'the Americans thought California was won')).toBe('Alden Marsh');
    expect(speakerOf(body, 'Two captains of volunteers')).toBe('Alden Marsh');
    expect(speakerOf(body, 'turned up a lance point')).toBe('Carl Jessen');
  });

  it('gives a caller\'s turn to the name the label\'s note gives ("CALLER (LUPE, CANUTILLO):"), each caller their own', () => {
    expect(speakerOf(CALL_IN, 'Can these soldiers arrest people?')).toBe('Lupe');
    expect(speakerOf(CALL_IN, 'I ranch south of Columbus')).toBe('Dale');
  });

  it('gives a caller\'s turn to the full name the note gives when the host greets them by its first name ("CALLER (TOM BRANNIGAN, HARLINGEN):")', () => {
    const body = [
      ...CALL_IN.split('\n\n').slice(0, 2),
      "PARDO: Let's take a call. Tom in Harlingen, you're on the air.",
      'CALLER (TOM BRANNIGAN, HARLINGEN): Hi, Marisol. I just want to say the fort stayed open for ninety years.',
      'MARCHETTI: Thank you, sir.',
    ].join('\n\n');
    expect(speakerOf(body, 'the fort stayed open')).toBe('Tom Brannigan');
  });

  it('reads no caller\'s name in a note naming a place of two words the text writes whole ("CALLER (EL PASO, TEXAS):")', () => {
    const body = [
      ...CALL_IN.split('\n\n').slice(0, 2),
      "PARDO: Let's take a call from El Paso. You're on the air.",
      'CALLER (EL PASO, TEXAS): Hi, Marisol. I just want to say the fort stayed open for ninety years.',
      'MARCHETTI: Thank you, sir.',
    ].join('\n\n');
    expect(speakerOf(body, 'the fort stayed open')).not.toBe('El Paso');
  });

  it('names words a turn\'s speaker recounts from "my neighbor" by the speaker ("Lupe\'s neighbor")', () => {
    expect(speakerOf(CALL_IN, 'Now the Army can stop you')).toBe("Lupe's neighbor");
  });

  it("reads a note of delivery in brackets as no caller's name ('REPORTER (on camera):')", () => {
    const body = [
      'PAUL WHITCOMBE, ANCHOR: Good evening. The county voted on the levee tonight. Nora?',
      'REPORTER (VOICE-OVER): The vote was close.',
      'NORA QUINTANA, REPORTER (on camera): Paul, the vote was close.',
      'ANCHOR: Thank you, Nora.',
    ].join('\n\n');
    expect(speakerOf(body, 'The vote was close.')).not.toBe('Voice-Over');
  });

  it('gives words told to someone ("The lieutenant told our agent, \'…\'") to the teller, by the fuller description the article gave before ("the lieutenant in charge")', () => {
    const body = [
      'HOST DIANE ESQUIBEL: Ray, what happened?',
      'REPORTER RAY MONTOYA: One agent speaks Spanish, and he talked to the lieutenant in charge for about 20 minutes. I spoke to Agent Luis Barragán.',
      'AGENT LUIS BARRAGÁN (recorded): Our agents showed a lot of restraint. The lieutenant told our agent, and I\'m quoting what the agent reported, "We are following narcotraficantes. We thought you were them." And at some point the lieutenant understood.',
      'ESQUIBEL: Ray Montoya, thank you.',
    ].join('\n\n');
    expect(speakerOf(body, 'We are following narcotraficantes')).toBe('the lieutenant in charge');
  });

  it("gives words a person's office put out to the office (\"Congressman Joe Skeen's office … calling the incursion 'unacceptable'\"), and a person's answer to the person", () => {
    const body = [
      'HOST DIANE ESQUIBEL: Some people are saying there should be troops.',
      'REPORTER RAY MONTOYA: Right. Congressman Joe Skeen\'s office put out a statement Friday calling the incursion "unacceptable" and asking for a protest.',
      'ESQUIBEL: And the lawyer?',
      'MONTOYA: Asked whether her clients were trying to evade the soldiers, Marisol Ybarra-Keane\'s answer was blunt: "They were trying to evade the Border Patrol."',
    ].join('\n\n');
    expect(speakerOf(body, 'unacceptable')).toBe("Joe Skeen's office");
    expect(speakerOf(body, 'evade the Border Patrol')).toBe('Marisol Ybarra-Keane');
  });
});
