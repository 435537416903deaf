/**
 * `node --import tsx bench/slot-decl-study.ts [OUT.json]`: for the dev must-decline questions the engine
 * answers, and the answerable dev questions it answers right, what the question asks (the type of the asked
 * thing: a name, a figure, a date, a reason, a place, a yes/no, other), what the answer showed (its headline and
 * first evidence), and whether the shown sentences hold a thing of the asked type at all (a figure, a date, a
 * reason clause, a capitalised place after a place preposition, a first and last name). DEV items of `people`
 * and `new-articles*` only (bench/probed-turns.ts), conversations in order; no held-out set and no test item is
 * read. Prints one table of counts (asked type × class × slot present) and the must-decline rows; rows go to
 * OUT.json (default /tmp/slot-decl-rows.json). Knowledge cached in /tmp/conf1-kb.
 */
import { writeFileSync } from 'node:fs';
import { checkAnswer } from '../src/eval/evaluate.ts';
import { askProbedTurns } from './probed-turns.ts';

type Asked = 'first-name' | 'name' | 'figure' | 'date' | 'duration' | 'reason' | 'place' | 'yes-no' | 'other';

/** The type of the asked thing, read from the question's words (study only; the engine reads it otherwise). */
function askedType(q: string): Asked {
  const t = q.toLowerCase();
  if (/\b(first|given|middle|full) name\b/.test(t)) return 'first-name';
  if (/\bhow (many|much)\b|\bwhat (number|percent|percentage|share|amount|total)\b/.test(t)) return 'figure';
  if (/\bhow long\b/.test(t)) return 'duration';
  if (/\bwhen\b|\bwhat (year|date|day|month|time)\b|\bwhich (year|day|month)\b/.test(t)) return 'date';
  if (/\bwhy\b|\bwhat (reason|caused|prompted|led)\b|\bfor what reason\b/.test(t)) return 'reason';
  if (/\bwhere\b|\bwhat (city|town|state|country|place|county)\b|\bwhich (city|town|state|country)\b/.test(t))
    return 'place';
  if (/\bname\b|\bwho\b|\bwhom\b/.test(t)) return 'name';
  if (/^(did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b/.test(t.trim())) return 'yes-no';
  return 'other';
}

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
const DATE_WORDS =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last (week|month|year)|(1[6-9]|20)\d\d)\b/i;
const DURATION_WORDS = /\b(days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/i;
const REASON_WORDS =
  /\b(because|since|due to|so that|in order to|as a result|owing to|citing|cited|amid|to (protect|stop|prevent|secure|deter|help|support|avoid)|reason|after|for fear|in response)\b/i;
const PLACE_AFTER = /\b(in|at|near|from|to|outside|across) (the )?[A-Z][a-z]+/;
const FULL_NAME = /\b[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+/;

/** Whether `text` holds a thing of the asked type at all (a coarse reading, for the table only). */
function holdsSlot(asked: Asked, text: string): boolean {
  switch (asked) {
    case 'figure':
      return /\d/.test(text) || NUMBER_WORDS.test(text);
    case 'date':
      return DATE_WORDS.test(text);
    case 'duration':
      return DURATION_WORDS.test(text);
    case 'reason':
      return REASON_WORDS.test(text);
    case 'place':
      return PLACE_AFTER.test(text);
    case 'first-name':
    case 'name':
      return FULL_NAME.test(text);
    default:
      return true;
  }
}

interface Row {
  id: string;
  q: string;
  cls: 'must-decline answered' | 'answerable right' | 'answerable wrong';
  asked: Asked;
  as: string;
  confidence: number;
  direct: string | null;
  first: string;
  slot: boolean;
  /** The same reading on the first evidence alone (with its context, for a quote). */
  slotFirst: boolean;
}

const out = process.argv[2] ?? '/tmp/slot-decl-rows.json';
const rows: Row[] = [];
await askProbedTurns('/tmp/conf1-kb', ({ set, item, answer: a }) => {
  if (!a.answered) return;
  const decline = item.expect.decline === true;
  const right = checkAnswer(item, a).length === 0;
  const asked = askedType(item.q);
  const shown = a.evidence.map((e) => `${e.context ?? ''} ${e.text}`).join(' ');
  rows.push({
    id: `${set.name}/${item.id}`,
    q: item.q,
    cls: decline ? 'must-decline answered' : right ? 'answerable right' : 'answerable wrong',
    asked,
    as: a.answeredAs,
    confidence: Math.round(a.confidence * 100) / 100,
    direct: a.direct,
    first: a.evidence[0]?.text.slice(0, 160) ?? '',
    slot: holdsSlot(asked, `${a.direct ?? ''} ${shown}`),
    slotFirst: holdsSlot(
      asked,
      `${a.direct ?? ''} ${a.evidence[0]?.context ?? ''} ${a.evidence[0]?.text ?? ''}`,
    ),
  });
});
writeFileSync(out, JSON.stringify(rows, null, 1));

const classes = ['must-decline answered', 'answerable right', 'answerable wrong'] as const;
const types = [...new Set(rows.map((r) => r.asked))].sort();
for (const [label, has] of [
  ['any shown sentence', (r: Row) => r.slot],
  ['first evidence', (r: Row) => r.slotFirst],
] as const) {
  console.log(`\nslot in ${label}\nasked type | ${classes.map((c) => `${c} (slot / no slot)`).join(' | ')}`);
  for (const t of types) {
    const cells = classes.map((c) => {
      const of = rows.filter((r) => r.asked === t && r.cls === c);
      return `${of.filter(has).length} / ${of.filter((r) => !has(r)).length}`;
    });
    console.log(`${t} | ${cells.join(' | ')}`);
  }
}
console.log('\nmust-decline answered:');
for (const r of rows.filter((r) => r.cls === 'must-decline answered'))
  console.log(
    `${r.id} [${r.asked}/${r.as} ${r.confidence} slot=${r.slot}/${r.slotFirst}] ${r.q} => ${r.direct ?? '-'} | ${r.first}`,
  );
