/**
 * A magazine interview printed as turns labelled with ordinary names ("Tapia Whitley: …"), the questions
 * labelled with the publication's name and asked by the byline's person; and a turn kept whole when it
 * quotes someone else.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineTools } from '../../src/knowledge/build.ts';
import { recurringLabels } from '../../src/knowledge/recurring-labels.ts';
import { noteDescription, speakerLabel } from '../../src/knowledge/transcript.ts';
import { bylinePerson, isOutletLabel } from '../../src/knowledge/outlet-interviewer.ts';
import { annotateText, realTools } from './fixtures.ts';

let tools: PipelineTools;

beforeAll(async () => {
  tools = await realTools();
});

const INTERVIEW = [
  'For the anniversary, we spoke with Dr. Ramona Tapia Whitley, who teaches history at Cochise College in Douglas.',
  "Peloncillo Quarterly: Let's start with the obvious question. Why were soldiers shooting at Americans?",
  'Tapia Whitley: Because of a dead mule train. So by August the troops were not in a forgiving mood.',
  'Peloncillo Quarterly: Who led them?',
  'Tapia Whitley: The accounts name Capt. Alfredo Carrillo. His report is short.',
].join('\n\n');

function speakerOf(
  body: string,
  words: string,
  meta: { outlet: string; author: string | null },
): string | undefined {
  return annotateText(tools, body, meta)
    .quotes.filter((q) => q.text.includes(words))
    .sort((a, b) => a.text.length - b.text.length)[0]?.speakerName;
}

describe('recurringLabels', () => {
  it('reads repeated names before a colon that take turns as speaker labels', () => {
    const labels = recurringLabels(INTERVIEW.split('\n\n'));
    expect(labels.map((l) => l?.name ?? null)).toEqual([
      null,
      'Peloncillo Quarterly',
      'Tapia Whitley',
      'Peloncillo Quarterly',
      'Tapia Whitley',
    ]);
  });

  it('reads no labels in an article whose name-and-colon paragraphs are notes, each written once', () => {
    const paragraphs = [
      'Share: Facebook | X | Email',
      'The troops crossed at dawn.',
      'Correction: An earlier version gave the wrong date.',
      'Editor’s Note: This story was updated.',
    ];
    expect(recurringLabels(paragraphs).every((l) => l === null)).toBe(true);
  });

  it('reads no labels when one repeated label never alternates with another', () => {
    const paragraphs = ['Update: The road is closed.', 'Update: The road is open.', 'Update: Traffic moves.'];
    expect(recurringLabels(paragraphs).every((l) => l === null)).toBe(true);
  });
});

describe('bylinePerson', () => {
  it('takes the person from an interview byline', () => {
    expect(bylinePerson('Interview by Wade Harrelson Ochoa')).toBe('Wade Harrelson Ochoa');
  });

  it('takes no person from a staff byline', () => {
    expect(bylinePerson('Ambos Nogales Hour staff')).toBeNull();
    expect(bylinePerson(null)).toBeNull();
  });
});

describe('isOutletLabel', () => {
  it("matches a label that is the outlet's name its description opens with", () => {
    expect(
      isOutletLabel('Peloncillo Quarterly', 'Peloncillo Quarterly (Cochise County history magazine)'),
    ).toBe(true);
  });

  it("does not match a label that only opens one of the outlet's words", () => {
    expect(isOutletLabel('Peloncillo Q', 'Peloncillo Quarterly')).toBe(false);
  });
});

describe('interview turns', () => {
  const meta = {
    outlet: 'Peloncillo Quarterly — The Interview',
    author: 'Interview by Wade Harrelson Ochoa',
  };

  it("gives an interviewee's labelled answers to them", () => {
    expect(speakerOf(INTERVIEW, 'Because of a dead mule train.', meta)).toBe('Ramona Tapia Whitley');
  });

  it("gives the questions labelled with the publication's name to the byline's interviewer", () => {
    expect(speakerOf(INTERVIEW, 'Who led them?', meta)).toBe('Wade Harrelson Ochoa');
  });

  it('leaves the questions to the publication when the byline names no person', () => {
    expect(speakerOf(INTERVIEW, 'Who led them?', { ...meta, author: 'Staff' })).toBe('Peloncillo Quarterly');
  });

  it('keeps a turn whole when it quotes someone else, the quotation inside keeping its own speaker', () => {
    const body = [
      'LUPITA ECHEVERRÍA (HOST): With me is Anthony Ramsey III, a former Border Patrol agent.',
      'ANTHONY RAMSEY III: Thanks, Lupita.',
      'ECHEVERRÍA: Did agents see that at the time?',
      'RAMSEY: Some of us did. I had a partner, Dale Pruitt, who used to say, "We didn\'t stop anything, we just made the walk longer." Our supervisors didn\'t love it.',
      'ECHEVERRÍA: Thank you.',
    ].join('\n\n');
    const m = { outlet: 'KSCV', author: null };
    expect(speakerOf(body, 'Some of us did. I had a partner', m)).toMatch(/^Anthony Ramsey III$/i);
    expect(speakerOf(body, 'Our supervisors didn', m)).toMatch(/^Anthony Ramsey III$/i);
    expect(speakerOf(body, 'We didn', m)).not.toMatch(/Ramsey/);
  });
});

describe('caller notes', () => {
  it('describes a caller whose note qualifies a noun for a person ("RETIRED SCHOOLTEACHER IN CRAWFORD")', () => {
    const label = speakerLabel('CALLER (RETIRED SCHOOLTEACHER IN CRAWFORD): Hi, Marit.');
    const isPersonNoun = (w: string) => w === 'caller' || w === 'schoolteacher';
    expect(label && noteDescription(label, isPersonNoun, (w) => w === 'Crawford')).toBe(
      'a caller, a retired schoolteacher in Crawford',
    );
  });

  it('describes no one from a note of delivery naming a person ("THROUGH INTERPRETER")', () => {
    const label = speakerLabel('MAYOR (THROUGH INTERPRETER): We are ready.');
    expect(
      label &&
        noteDescription(
          label,
          (w) => w === 'interpreter',
          () => false,
        ),
    ).toBeNull();
  });
});

describe('repeated surname labels', () => {
  it('keeps a surname label for the guest an earlier full label named, after a relative of the same name is mentioned', () => {
    const body = [
      'LUPITA ECHEVERRÍA (HOST): With me is Anthony Ramsey III, a former Border Patrol agent.',
      'ANTHONY RAMSEY III: Thanks, Lupita.',
      'ECHEVERRÍA: Your father?',
      'RAMSEY: Yes. My dad, Anthony Ramsey Jr., was a customs inspector at the port for twenty-two years.',
      'ECHEVERRÍA: Was it a success?',
      "RAMSEY: I'm proud of the agents I worked with.",
    ].join('\n\n');
    expect(speakerOf(body, "I'm proud of the agents", { outlet: 'KSCV', author: null })).toMatch(
      /^Anthony Ramsey III$/i,
    );
  });
});
