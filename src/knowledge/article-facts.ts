/**
 * An article's figures and dates, read sentence by sentence in order: what the last sentences counted dates
 * a figure that counts "the number", and the days and years the article has written out so far date a day
 * or month written without them. One reader per article.
 */
import type { WorkingSentence } from './annotate.ts';
import { referentOf, type Counted } from './counted.ts';
import type { ClockDays } from './clock-days.ts';
import { writtenYear, type FactReader } from './facts.ts';
import type { DateFact, NumberFact } from './schema.ts';
import { storyDays } from './story-time.ts';
import { NO_GROUP_BEFORE, type GroupBefore, type NamedGroup } from './partitive-antecedent.ts';

/** How many sentences back a figure's "the number" may find what the number is of. */
const REFERENT_SENTENCES = 2;

/** Reads one article's figures and dates; call {@link numbersOf} then {@link datesOf} for each sentence in turn. */
export class ArticleFacts {
  /** The last day the article named, the day a relative day counts from. */
  #anchor: string | null = null;
  /** The year the current paragraph last wrote out, for its days and months written without one. */
  readonly #story: { year: number | null; paragraph: number } = { year: null, paragraph: -1 };
  readonly #clockDays: ClockDays = { entry: null, first: null };
  readonly #told = storyDays();
  /** What the figures of the last sentences counted, for a figure that counts "the number" or "the force". */
  #referent: Counted | null = null;
  #referentAge = 0;
  /**
   * The last sentence and its paragraph, for a figure "of them" after it, with the group it named last once a
   * figure has asked (`undefined` before).
   */
  #group: { paragraph: number; sentence: WorkingSentence | null; counted: NamedGroup | null | undefined } = {
    paragraph: -1,
    sentence: null,
    counted: null,
  };
  /** The group the last sentence named last, read at the first figure that asks for it. */
  readonly #groupBefore: GroupBefore = () => {
    const group = this.#group;
    if (group.counted === undefined)
      group.counted = group.sentence === null ? null : this.facts.groupNamed(group.sentence);
    return group.counted;
  };

  constructor(
    private readonly facts: FactReader,
    private readonly sourceId: string,
    private readonly published: string,
  ) {}

  /** The figures of sentence `s`, the article's next sentence. */
  numbersOf(s: WorkingSentence): NumberFact[] {
    const groupBefore = this.#group.paragraph === s.paragraph ? this.#groupBefore : NO_GROUP_BEFORE;
    const found = this.facts.numbers(
      s,
      this.#referentAge < REFERENT_SENTENCES ? this.#referent : null,
      groupBefore,
    );
    this.#group = { paragraph: s.paragraph, sentence: s, counted: undefined };
    const numbers = found.map((n, i) => ({
      id: `${s.id}/n${i + 1}`,
      sourceId: this.sourceId,
      sentenceId: s.id,
      ...n,
    }));
    const latest = referentOf(found);
    this.#referentAge = latest ? 0 : this.#referentAge + 1;
    this.#referent = latest ?? this.#referent;
    return numbers;
  }

  /** The dates of sentence `s`, read after its figures. */
  datesOf(s: WorkingSentence): DateFact[] {
    const story = this.#story;
    const told = this.#told;
    const clockDays = this.#clockDays;
    // A correction's days are in the year of the report it mends: the last day the article wrote out.
    const storyYear =
      story.paragraph === s.paragraph
        ? story.year
        : s.correction && told.written !== null
          ? Number(told.written.slice(0, 4))
          : null;
    const dates: DateFact[] = [];
    this.facts.dates(s, this.published, this.#anchor, clockDays, storyYear, told).forEach((d, i) => {
      const year = writtenYear(d.text);
      if (year !== null) Object.assign(story, { year, paragraph: s.paragraph });
      dates.push({
        id: `${s.id}/d${i + 1}`,
        sourceId: this.sourceId,
        sentenceId: s.id,
        ...d,
        time: d.time ?? null,
      });
      if (d.precision !== 'day') return;
      this.#anchor = d.date;
      clockDays.first ??= d.date;
      // "Monday, 8:05 a.m. — …": the entries after it are on that Monday.
      if (d.time !== undefined && d.text.length > d.time.length + 3) clockDays.entry = d.date;
    });
    return dates;
  }
}
