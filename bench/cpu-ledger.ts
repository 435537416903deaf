/**
 * Where a build's CPU time goes, stage by stage, for `npm run bench:kb -- --phases`: the methods of the
 * pipeline's tools named here are wrapped on the instances the bench built, and each is charged the CPU time
 * spent inside it less the time of the wrapped methods it calls (wink-nlp's reading inside the cleaner is
 * wink-nlp's, not the cleaner's). The rest of the build (records, entities, timeline) is charged to
 * {@link REST}. The product's code is not touched.
 */
import type { PipelineTools } from '../src/knowledge/build.ts';

/** The stage charged with the time spent outside every wrapped method. */
export const REST = 'rest of the build (records, entities, timeline, version)';

/** Microseconds of CPU (user and system) the process has used. */
function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** CPU time charged to each stage, exclusively: a stage is not charged for the stages it calls. */
export class CpuLedger {
  readonly #micros = new Map<string, number>();
  #current = REST;
  #mark = cpuMicros();

  /** Calls `run`, charging its CPU time to `stage`, less that of the stages it calls. */
  charge<T>(stage: string, run: () => T): T {
    const outer = this.#switchTo(stage);
    try {
      return run();
    } finally {
      this.#switchTo(outer);
    }
  }

  /** Closes the time since the last switch and returns each stage's CPU milliseconds, largest first. */
  totals(): Array<[string, number]> {
    this.#switchTo(this.#current);
    return [...this.#micros]
      .map(([stage, us]): [string, number] => [stage, us / 1000])
      .sort((a, b) => b[1] - a[1]);
  }

  #switchTo(stage: string): string {
    const now = cpuMicros();
    this.#micros.set(this.#current, (this.#micros.get(this.#current) ?? 0) + now - this.#mark);
    this.#mark = now;
    const previous = this.#current;
    this.#current = stage;
    return previous;
  }
}

/** Wraps `object[name]` on the instance so that each call is charged to `stage`. */
function chargeMethod<O extends object, K extends keyof O>(
  ledger: CpuLedger,
  object: O,
  name: K,
  stage: string,
): void {
  const method = object[name];
  if (typeof method !== 'function') throw new Error(`bench:kb: ${String(name)} is no method to time`);
  const wrapped = (...args: unknown[]): unknown =>
    ledger.charge(stage, () => (method as (...a: unknown[]) => unknown).apply(object, args));
  Object.defineProperty(object, name, { value: wrapped, configurable: true, writable: true });
}

/**
 * Charges the tools' stages to a new ledger: wink-nlp's reading and our wrapping of it (`Nlp.analyse`,
 * wherever it is called from), the cleaner's own work, the annotator's, and the figures and dates read.
 */
export function ledgerOf(tools: PipelineTools): CpuLedger {
  const ledger = new CpuLedger();
  chargeMethod(ledger, tools.nlp, 'analyse', 'wink-nlp reading and its tokens (Nlp.analyse)');
  chargeMethod(ledger, tools.cleaner, 'clean', 'cleaning, but the reading');
  chargeMethod(ledger, tools.annotator, 'annotate', 'annotation, but the reading');
  chargeMethod(ledger, tools.facts, 'numbers', 'figures (FactReader.numbers)');
  chargeMethod(ledger, tools.facts, 'dates', 'dates (FactReader.dates)');
  return ledger;
}
