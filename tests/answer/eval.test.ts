/**
 * The evaluation sets as a regression guard: each split must stay at or above the floor measured when it was
 * set (`npm run eval` prints the figures). Raise a floor when the engine improves; never tune on `test`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/answer/create.ts';
import { summarise, type EvalSummary } from '../../src/eval/evaluate.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { FIXTURE_FOLDERS } from '../../src/eval/fixture-folders.ts';
import { attributions } from '../../src/eval/speaker-match.ts';
import {
  fixtureDir,
  holdoutKnowledge,
  evaluateSplits,
  knowledgeForSets,
  loadEvalSets,
  loadQuoteTable,
  type EvalKnowledge,
  type EvalSet,
} from '../../src/eval/sets.ts';
import { shippedRuntime } from './setup.ts';

/**
 * Floors from `npm run eval`, one question or so under the figures measured when each was set (in the
 * comments): the evaluation is deterministic, so a fall below a floor is a change's doing. Every question
 * set with a test split and every fixture folder needs a floor here: a new one without fails below.
 */
const TEST_FLOORS: Record<string, number> = {
  regression: 0.95, // 159/166 when set, 160/166 since
  people: 0.74, // 142/190, 144/190 at the 2026-11-30 seventh stop's end
  'new-articles': 0.74, // 30/42, then 33/42
  'new-articles-2': 0.58, // 18/29, then 19/29
  'new-articles-3': 0.55, // 6/10
  'new-articles-4': 0.44, // 16/40 with questions-b when added, 19/40 later
  'new-articles-5': 0.58, // 17/36 when added, 22/36 later
  'new-articles-6': 0.48, // 19/41 when added, 21/41 later
  'new-articles-7': 0.55, // 22/38 when added, 23/38 later
  'new-articles-8': 0.6, // 19/36 when added, 24/36 later
  'new-articles-9': 0.55, // 12/20 when added
  'new-articles-10': 0.37, // 8/20 when added, 9/20 later
  'new-articles-11': 0.5, // 9/24 when added, 14/24 later
  'new-articles-12': 0.33, // 10/24 when added, 9/24 later
  'new-articles-13': 0.46, // 14/32 when added (2026-11-30, eighth stop), 16/32 at its end
  'new-articles-14': 0.27, // 7/24 when added (2026-11-30, eighth stop), 9/24 at its end; 9/32 with questions-c
  'new-articles-15': 0.4, // 14/32 when added (2026-11-30, ninth stop)
  'new-articles-16': 0.44, // 17/36 when added (2026-12-01)
  'new-articles-17': 0.35, // 13/37 when added (2026-12-01, second stop of the day); 12/37 with the dated act, 14/37 with typed answers (third stop)
  'new-articles-18': 0.51, // 20/37 when added (2026-12-01, third stop of the day)
  'new-articles-19': 0.41, // 16/36 when added (2026-12-01, fourth stop of the day)
  'new-articles-20': 0.5, // 20/38 when added (2026-12-01, fifth stop of the day)
  'new-articles-21': 0.4, // 16/38 when added (2026-12-01, sixth stop of the day)
  'new-articles-22': 0.34, // 13/38 when added (2026-12-01, seventh stop of the day)
  'new-articles-23': 0.5, // 19/38 when added (2026-12-02)
  'new-articles-24': 0.43, // 18/39 when added (2026-12-02, second stop of the day)
  'new-articles-25': 0.33, // 9/24 when added (2026-12-02, second stop of the day)
  'new-articles-26': 0.42, // 18/42 when added (2026-12-02, third stop of the day)
  'new-articles-27': 0.35, // 14/39 when added (2026-12-02, third stop of the day)
  'new-articles-28': 0.5, // 22/42 when added (2026-12-02, fourth stop of the day)
  'new-articles-29': 0.5, // 21/42 when added (2026-12-02, fifth stop of the day)
  'new-articles-30': 0.42, // 18/42 when added (2026-12-02, sixth stop of the day)
  'new-articles-31': 0.38, // 16/42 when added (2026-12-02, seventh stop of the day)
  'new-articles-32': 0.59, // 26/42 when added (2026-12-03)
  'new-articles-33': 0.42, // 19/42 when added (2026-12-03, second stop of the day)
  'new-articles-34': 0.42, // 19/42 when added (2026-12-03, third stop of the day)
  'new-articles-35': 0.47, // 21/42 when added (2026-12-03, fourth stop of the day)
  'new-articles-36': 0.35, // 16/42 when added (2026-12-03, fifth stop of the day)
  'new-articles-37': 0.52, // 23/42 when added (2026-12-03, sixth stop of the day)
  'new-articles-38': 0.38, // 17/42 when added (2026-12-03, seventh stop of the day)
  'new-articles-39': 0.52, // 23/42 when added (2026-12-04, eighth stop)
  'new-articles-40': 0.61, // 27/42 when added (2026-12-04, ninth stop)
  'new-articles-41': 0.52, // 23/42 when added (2026-12-04, tenth stop)
  'new-articles-42': 0.47, // 21/42 when added (2026-12-04, eleventh stop)
  'new-articles-43': 0.61, // 27/42 when added (2026-12-04, twelfth stop)
  'new-articles-44': 0.61, // 27/42 when added (2026-12-05, thirteenth stop)
  'new-articles-45': 0.5, // 22/42 when added (2026-12-05, fourteenth stop)
  'new-articles-46': 0.33, // 15/42 when added (2026-12-05, fifteenth stop)
  'new-articles-47': 0.54, // 24/42 when added (2026-12-05, sixteenth stop)
  'new-articles-48': 0.52, // 23/42 when added (2026-12-05, seventeenth stop)
  'new-articles-49': 0.5, // 22/42 when added (2026-12-05, eighteenth stop)
  'new-articles-50': 0.61, // 27/42 when added (2026-12-05, nineteenth stop)
  'new-articles-51': 0.57, // 25/42 when added (2026-12-05, twentieth stop)
  'new-articles-52': 0.54, // 24/42 when added (2026-12-06, twenty-first stop)
  'new-articles-53': 0.59, // 26/42 when added (2026-12-06, twenty-second stop)
  'new-articles-54': 0.69, // 30/42 when added (2026-12-06, twenty-third stop)
  'new-articles-55': 0.54, // 24/42 when added (2026-12-06, twenty-fourth stop)
  'new-articles-56': 0.59, // 26/42 when added (2026-12-06, twenty-fifth stop)
  'new-articles-57': 0.45, // 20/42 when added (2026-12-06, twenty-sixth stop)
  'new-articles-58': 0.52, // 23/42 when added (2026-12-06, twenty-seventh stop)
  'new-articles-59': 0.57, // 25/42 when added (2026-12-06, twenty-eighth stop)
  'new-articles-60': 0.73, // 32/42 when added (2026-12-07, twenty-ninth stop)
  'new-articles-61': 0.52, // 23/42 when added (2026-12-07, thirtieth stop)
  'new-articles-62': 0.57, // 13/21 when added (2026-12-07, thirty-first stop)
  'new-articles-63': 0.5, // 16/30 when added (2026-12-07, thirty-second stop)
  'new-articles-64': 0.66, // 21/30 when added (2026-12-07, thirty-third stop)
  'new-articles-65': 0.46, // 15/30 when added (2026-12-07, thirty-fourth stop)
  'new-articles-66': 0.48, // 17/33 when added (2026-12-07, thirty-fifth stop)
  'new-articles-67': 0.53, // 18/32 when added (2026-12-08, thirty-sixth stop)
  'unseen-articles': 0.64, // 30/45, never tuned on
  'unseen-articles-2': 0.66, // 31/45
  'unseen-articles-3': 0.48, // 22/45, then 24/45
  'unseen-articles-4': 0.42, // 19/45, then 20/45
  'unseen-articles-5': 0.51, // 22/45, then 25/45
  'unseen-articles-6': 0.4, // 17/45, then 19/45
  'unseen-articles-7': 0.53, // 26/45 when added
  'unseen-articles-8': 0.46, // 20/45 when added (eighth stop), 22/45 at its end; never looked at
  'unseen-articles-9': 0.46, // 22/45 when added (ninth stop); never looked at
  'unseen-articles-10': 0.45, // 23/48 when added (2026-12-01); never looked at
  'unseen-articles-11': 0.45, // 23/48 when added (2026-12-01, second stop of the day); never looked at
  'unseen-articles-12': 0.44, // 23/49 when added (2026-12-01, third stop of the day); never looked at
  'unseen-articles-13': 0.39, // 20/48 when added (2026-12-01, fourth stop of the day); never looked at
  'unseen-articles-14': 0.39, // 20/48 when added (2026-12-01, fifth stop of the day); never looked at
  'unseen-articles-15': 0.39, // 21/51 when added (2026-12-01, sixth stop of the day); never looked at
  'unseen-articles-16': 0.37, // 19/51 when added (2026-12-01, seventh stop of the day); never looked at
  'unseen-articles-17': 0.45, // 22/48 when added (2026-12-02); never looked at
  'unseen-articles-18': 0.43, // 24/51 when added (2026-12-02, second stop of the day); never looked at
  'unseen-articles-19': 0.43, // 15/32 when added (2026-12-02, second stop of the day); never looked at
  'unseen-articles-20': 0.49, // 28/55 when added (2026-12-02, third stop of the day); 27/55 after fu8 (a place read from a preposition's phrase: +4 test elsewhere); never looked at
  'unseen-articles-21': 0.45, // 24/53 when added (2026-12-02, third stop of the day); never looked at
  'unseen-articles-22': 0.55, // 31/54 when added (2026-12-02, fourth stop of the day); never looked at
  'unseen-articles-23': 0.53, // 30/54 when added (2026-12-02, fourth stop of the day); never looked at
  'unseen-articles-24': 0.51, // 29/54 when added (2026-12-02, fourth stop of the day); never looked at
  'unseen-articles-25': 0.5, // 28/54 when added (2026-12-02, fifth stop of the day), 27/54 since the follow-up change of 2026-12-03 (one more answerable question declined there, four test questions gained elsewhere); never looked at
  'unseen-articles-26': 0.55, // 30/54 when added (2026-12-02, sixth stop of the day); never looked at
  'unseen-articles-27': 0.59, // 32/54 when added (2026-12-02, seventh stop of the day); never looked at
  'unseen-articles-28': 0.48, // 27/54 when added (2026-12-03); never looked at
  'unseen-articles-29': 0.64, // 36/54 when added (2026-12-03, second stop of the day); never looked at
  'unseen-articles-30': 0.48, // 27/54 when added (2026-12-03, third stop of the day); never looked at
  'unseen-articles-31': 0.4, // 23/54 when added (2026-12-03, fourth stop of the day); never looked at
  'unseen-articles-32': 0.42, // 24/54 when added (2026-12-03, fifth stop of the day); never looked at
  'unseen-articles-33': 0.51, // 29/54 when added (2026-12-03, sixth stop of the day); never looked at
  'unseen-articles-34': 0.46, // 26/54 when added (2026-12-03, seventh stop of the day); never looked at
  'unseen-articles-35': 0.48, // 27/54 when added (2026-12-04, eighth stop); never looked at
  'unseen-articles-36': 0.59, // 33/54 when added (2026-12-04, ninth stop); never looked at
  'unseen-articles-37': 0.42, // 24/54 when added (2026-12-04, tenth stop); never looked at
  'unseen-articles-38': 0.46, // 26/54 when added (2026-12-04, eleventh stop); never looked at
  'unseen-articles-39': 0.59, // 33/54 when added (2026-12-04, twelfth stop); never looked at
  'unseen-articles-40': 0.57, // 32/54 when added (2026-12-05, thirteenth stop); never looked at
  'unseen-articles-41': 0.61, // 34/54 when added (2026-12-05, fourteenth stop); never looked at
  'unseen-articles-42': 0.66, // 37/54 when added (2026-12-05, fifteenth stop); never looked at
  'unseen-articles-43': 0.61, // 34/54 when added (2026-12-05, sixteenth stop); never looked at
  'unseen-articles-44': 0.55, // 31/54 when added (2026-12-05, seventeenth stop); never looked at
  'unseen-articles-45': 0.53, // 30/54 when added (2026-12-05, eighteenth stop); never looked at
  'unseen-articles-46': 0.5, // 28/54 when added (2026-12-05, nineteenth stop); never looked at
  'unseen-articles-47': 0.61, // 34/54 when added (2026-12-05, twentieth stop); never looked at
  'unseen-articles-48': 0.57, // 32/54 when added (2026-12-06, twenty-first stop); never looked at
  'unseen-articles-49': 0.57, // 32/54 when added (2026-12-06, twenty-second stop); never looked at
  'unseen-articles-50': 0.42, // 24/54 when added (2026-12-06, twenty-third stop); never looked at
  'unseen-articles-51': 0.44, // 25/54 when added (2026-12-06, twenty-fourth stop); never looked at
  'unseen-articles-52': 0.53, // 30/54 when added (2026-12-06, twenty-fifth stop); never looked at
  'unseen-articles-53': 0.51, // 29/54 when added (2026-12-06, twenty-sixth stop); never looked at
  'unseen-articles-54': 0.57, // 32/54 when added (2026-12-06, twenty-seventh stop); never looked at
  'unseen-articles-55': 0.57, // 32/54 when added (2026-12-06, twenty-eighth stop); never looked at
  'unseen-articles-56': 0.62, // 35/54 when added (2026-12-07, twenty-ninth stop); never looked at
  'unseen-articles-57': 0.58, // 38/63 when added (2026-12-07, thirtieth stop); never looked at
  'unseen-articles-58': 0.61, // 40/63 when added (2026-12-07, thirty-first stop); never looked at
  'unseen-articles-59': 0.53, // 36/66 when added (2026-12-07, thirty-second stop); never looked at
  'unseen-articles-60': 0.53, // 35/63 when added (2026-12-07, thirty-third stop); never looked at
  'unseen-articles-61': 0.65, // 42/63 when added (2026-12-07, thirty-fourth stop); never looked at
  'unseen-articles-62': 0.44, // 29/63 when added (2026-12-07, thirty-fifth stop); never looked at
  'unseen-articles-63': 0.5, // 33/63 when added (2026-12-08, thirty-sixth stop); never looked at
};

/** Quotations of each fixture folder attributed right (tuned folders built beside the shipped ones, held-out alone). */
const ATTRIBUTION_FLOORS: Record<string, number> = {
  articles: 1, // 51/51
  'articles-2': 1, // 40/40
  'articles-3': 0.88, // 50/51
  'articles-4': 0.95, // 51/51
  'articles-5': 0.9, // 46/48
  'articles-6': 0.88, // 44/70 when added, 67/70 after the attribution work on them
  'articles-7': 0.95, // 38/63 when added, 62/63 later
  'articles-8': 0.92, // 47/52 when added, 51/52 later
  'articles-9': 0.92, // 45/67 when added, 64/67 later
  'articles-10': 0.88, // 48/88 when added, 80/88 later
  'articles-11': 0.92, // 61/71 when added, 69/71 later
  'articles-12': 0.92, // 44/57 when added, 55/57 later
  'articles-13': 0.86, // 41/65 when added, 57/65 after the attribution work on it
  'articles-14': 0.92, // 42/79 when added (a radio transcript's speakers), 75/79 after the attribution work
  'articles-15': 0.65, // 51/75 when added
  'articles-16': 0.7, // 43/60 when added
  'articles-17': 0.75, // 58/73 when added
  'articles-18': 0.6, // 41/65 when added
  'articles-19': 0.78, // 26/58 when added, 47/58 after the attribution work on it (WordNet person nouns, introduced antecedents)
  'articles-20': 0.72, // 65/88 when added
  'articles-21': 0.78, // 37/46 when added
  'articles-22': 0.71, // 56/78 when added
  'articles-23': 0.8, // 61/76 when added
  'articles-24': 0.75, // 63/80 when added
  'articles-25': 0.52, // 71/128 when added (written for attribution: 15–25 quotations an article)
  'articles-26': 0.83, // 65/78 when added
  'articles-27': 0.85, // 72/84 when added
  'articles-28': 0.67, // 49/71 when added
  'articles-29': 0.87, // 69/79 when added
  'articles-30': 0.79, // 70/88 when added
  'articles-31': 0.66, // 56/84 when added
  'articles-32': 0.78, // 65/82 when added
  'articles-33': 0.67, // 48/70 when added
  'articles-34': 0.74, // 59/78 when added
  'articles-35': 0.64, // 45/68 when added
  'articles-36': 0.86, // 75/86 when added
  'articles-37': 0.82, // 65/78 when added
  'articles-38': 0.69, // 73/103 when added
  'articles-39': 0.76, // 75/97 when added
  'articles-40': 0.79, // 66/82 when added
  'articles-41': 0.8, // 73/89 when added
  'articles-42': 0.83, // 84/100 when added
  'articles-43': 0.75, // 69/90 when added
  'articles-44': 0.89, // 79/87 when added
  'articles-45': 0.7, // 67/94 when added
  'articles-46': 0.75, // 72/94 when added
  'articles-47': 0.86, // 72/82 when added
  'articles-48': 0.66, // 56/83 when added
  'articles-49': 0.58, // 55/92 when added
  'articles-50': 0.78, // 101/127 when added
  'articles-51': 0.79, // 70/87 when added
  'articles-52': 0.71, // 71/98 when added
  'articles-53': 0.81, // 93/113 when added
  'articles-54': 0.82, // 80/96 when added
  'articles-55': 0.61, // 58/93 when added
  'articles-56': 0.69, // 74/105 when added
  'articles-57': 0.63, // 61/94 when added
  'articles-58': 0.59, // 53/88 when added
  'articles-59': 0.73, // 73/98 when added
  'articles-60': 0.82, // 64/101 when added, 84/101 at the thirtieth stop's end
  'articles-61': 0.79, // 47/58 when added
  'articles-62': 0.78, // 31/38 when added
  'articles-63': 0.77, // 32/40 when added
  'articles-64': 0.77, // 25/31 when added
  'articles-65': 0.78, // 52/65 when added
  'articles-66': 0.89, // 34/37 when added
  'articles-67': 0.86, // 33/37 when added
  holdout: 0.9, // 20/20, looked at once
  'holdout-2': 0.75, // 23/29, never tuned on
  'holdout-3': 0.9, // 34/40, then 36/40, 38/40 at the eighth stop's end; never looked at
  'holdout-4': 0.95, // 42/46, 46/46 at the eighth stop's end
  'holdout-5': 0.87, // 43/48
  'holdout-6': 0.77, // 31/44 when added, 34/44 later, 36/44 at the eighth stop's end
  'holdout-7': 0.85, // 55/66 when added, 58/66 at the eighth stop's end
  'holdout-8': 0.74, // 34/43 when added
  'holdout-9': 0.67, // 26/43 when added, 30/43 at the eighth stop's end
  'holdout-10': 0.75, // 51/65 when added
  'holdout-11': 0.8, // 37/45 when added
  'holdout-12': 0.62, // 40/61 when added
  'holdout-13': 0.75, // 40/51 when added
  'holdout-14': 0.75, // 45/57 when added
  'holdout-15': 0.52, // 20/37 when added
  'holdout-16': 0.72, // 35/47 when added
  'holdout-17': 0.55, // 16/29 when added
  'holdout-18': 0.7, // 19/27 when added
  'holdout-19': 0.52, // 18/32 when added
  'holdout-20': 0.52, // 42/75 when added
  'holdout-21': 0.65, // 17/26 when added
  'holdout-22': 0.77, // 21/27 when added
  'holdout-23': 0.8, // 47/57 when added
  'holdout-24': 0.58, // 28/46 when added
  'holdout-25': 0.68, // 33/47 when added
  'holdout-26': 0.8, // 52/65 when added
  'holdout-27': 0.67, // 35/52 when added
  'holdout-28': 0.72, // 36/50 when added
  'holdout-29': 0.65, // 45/67 when added
  'holdout-30': 0.75, // 41/53 when added
  'holdout-31': 0.68, // 36/51 when added
  'holdout-32': 0.68, // 47/67 when added
  'holdout-33': 0.76, // 55/71 when added
  'holdout-34': 0.74, // 45/59 when added
  'holdout-35': 0.73, // 54/72 when added
  'holdout-36': 0.88, // 65/72 when added
  'holdout-37': 0.76, // 52/67 when added
  'holdout-38': 0.73, // 54/72 when added
  'holdout-39': 0.54, // 37/66 when added
  'holdout-40': 0.7, // 45/62 when added
  'holdout-41': 0.82, // 63/75 when added
  'holdout-42': 0.65, // 43/64 when added
  'holdout-43': 0.63, // 53/82 when added
  'holdout-44': 0.84, // 70/82 when added
  'holdout-45': 0.65, // 51/76 when added
  'holdout-46': 0.7, // 50/70 when added
  'holdout-47': 0.72, // 57/77 when added
  'holdout-48': 0.4, // 32/77 when added
  'holdout-49': 0.72, // 52/70 when added
  'holdout-50': 0.76, // 56/72 when added
  'holdout-51': 0.72, // 54/73 when added
  'holdout-52': 0.62, // 46/72 when added
  'holdout-53': 0.74, // 59/78 when added
  'holdout-54': 0.66, // 47/74 when added, 50/74 at the thirtieth stop's end
  'holdout-55': 0.72, // 55/75 when added
  'holdout-56': 0.75, // 54/70 when added
  'holdout-57': 0.82, // 63/78 when added, 65/78 at the thirtieth stop's end
  'holdout-58': 0.75, // 29/37 when added
  'holdout-59': 0.88, // 56/62 when added
  'holdout-60': 0.81, // 40/48 when added
  'holdout-61': 0.88, // 25/27 when added
  'holdout-62': 0.78, // 19/23 when added
  'holdout-63': 0.8, // 30/36 when added
  'holdout-64': 0.68, // 36/51 when added
};

/**
 * Most must-decline questions of all test splits together that may be answered. Measured at every stop as
 * folders were added: 37/126 = 0.29 at the eighth stop's start, 0.330 at its highest (new-articles-29/30),
 * 174/665 = 0.262 at the twenty-ninth stop's end, 177/675 = 0.262 with new-articles-61 and unseen-articles-57,
 * 180/683 = 0.264 with new-articles-62 and unseen-articles-58, 3 of whose 8 were answered when they were added,
 * 182/695 = 0.262 with new-articles-63 and unseen-articles-59, 4 of whose 12 were answered, 187/704 = 0.266
 * with new-articles-64 and unseen-articles-60, 5 of whose 9 were answered, 191/713 = 0.268 with new-articles-65 and
 * unseen-articles-61, 4 of whose 9 were answered, 195/723 = 0.270 with new-articles-66 and unseen-articles-62,
 * 4 of whose 10 were answered, 199/732 = 0.272 with new-articles-67 and unseen-articles-63, 4 of whose 9 were
 * answered (each stop's figure is in its note). The bound sits above the measurement so that one new folder's questions cannot flip it; a
 * change that answers more of them fails it.
 */
const MUST_DECLINE_ANSWERED = 0.32;

let runtime: Runtime;
let sets: EvalSet[];
/** The knowledge each set asks against, built once for the file. */
let knowledge: Map<EvalKnowledge, KnowledgeBase>;
const results = new Map<string, EvalSummary>();

async function run(name: EvalSet['name'], split: string): Promise<EvalSummary> {
  const key = `${name} ${split}`;
  const cached = results.get(key);
  if (cached) return cached;
  const set = sets.find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  const kb = knowledge.get(set.knowledge) ?? runtime.kb;
  for (const [s, summary] of await evaluateSplits(runtime, set, kb, `vitest-${name}`))
    results.set(`${name} ${s}`, summary);
  return results.get(key) ?? summarise([]);
}

function failures(s: EvalSummary): string {
  return s.results
    .filter((r) => !r.ok)
    .map((r) => `${r.item.id}: ${r.problems.join('; ')}`)
    .join('\n');
}

/**
 * Building the knowledge of every fixture folder, and asking every test split, take tens of seconds and grow
 * with each folder; on a loaded 2-core machine they outran the 30 s default. They are not timed checks.
 */
const WHOLE_EVAL_MS = 300_000;

beforeAll(async () => {
  runtime = await shippedRuntime();
  sets = await loadEvalSets();
  knowledge = await knowledgeForSets(runtime, sets);
}, WHOLE_EVAL_MS);

describe('the evaluation sets', () => {
  it('hold at least 200 questions by people who never saw the engine, each kind in both splits', () => {
    const people = sets.find((s) => s.name === 'people')?.items ?? [];
    expect(people.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(people.map((i) => i.kind));
    for (const kind of kinds) {
      const splits = new Set(people.filter((i) => i.kind === kind).map((i) => i.split));
      expect([...splits].sort(), `kind ${kind}`).toEqual(['dev', 'test']);
    }
    expect(new Set(people.map((i) => i.id)).size).toBe(people.length);
  });

  it('keep the first question set at or above its floor', async () => {
    const s = await run('regression', '-');
    expect(s.accuracy, failures(s)).toBeGreaterThanOrEqual(TEST_FLOORS.regression!);
  });

  it('have a floor for every question set and every fixture folder', () => {
    const splitSets = sets.filter((s) => s.items.some((i) => i.split === 'test')).map((s) => s.name);
    expect(splitSets.filter((name) => TEST_FLOORS[name] === undefined)).toEqual([]);
    expect(FIXTURE_FOLDERS.filter((f) => ATTRIBUTION_FLOORS[f.folder] === undefined)).toEqual([]);
  });

  it.each(Object.keys(TEST_FLOORS).filter((n) => n !== 'regression'))(
    'keep the %s test split at or above its floor',
    async (name) => {
      const s = await run(name, 'test');
      expect(s.accuracy).toBeGreaterThanOrEqual(TEST_FLOORS[name]!);
    },
  );

  it('name the gate that declined each answerable question of the first set, and none for an answer', async () => {
    const s = await run('people', 'test');
    const declined = s.results.filter((r) => r.gate !== null);
    expect(declined.length).toBe(s.falseDeclines.ok);
    expect([...s.declinedAt.values()].reduce((a, b) => a + b, 0)).toBe(s.falseDeclines.ok);
    expect(s.results.filter((r) => r.answer.answered && r.gate !== null)).toEqual([]);
  });

  it(
    'decline most must-decline questions across the test splits',
    async () => {
      let answered = 0;
      let total = 0;
      for (const name of Object.keys(TEST_FLOORS).filter((n) => n !== 'regression')) {
        const s = await run(name, 'test');
        answered += s.falseAnswers.ok;
        total += s.falseAnswers.total;
      }
      expect(total).toBeGreaterThan(100);
      expect(answered / total).toBeLessThanOrEqual(MUST_DECLINE_ANSWERED);
    },
    WHOLE_EVAL_MS,
  );

  it.each(FIXTURE_FOLDERS.map((f) => [f.folder, f.attribution] as const))(
    'attributes the quotations of %s (%s) at or above their floor',
    async (folder, attribution) => {
      const dir = fixtureDir(folder);
      // A tuned folder is asked beside the shipped articles, a held-out one alone.
      const kb = attribution === 'tuned' ? knowledge.get(folder) : await holdoutKnowledge(runtime, dir);
      if (!kb) throw new Error(`no knowledge built for ${folder}`);
      const table = attributions(kb, await loadQuoteTable(dir));
      const wrong = table.filter((r) => !r.ok).map((r) => `${r.text} → ${r.got}`);
      expect(table.filter((r) => r.ok).length / table.length, wrong.join('\n')).toBeGreaterThanOrEqual(
        ATTRIBUTION_FLOORS[folder] ?? 1,
      );
    },
  );
});
