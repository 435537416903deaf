import { describe, expect, it } from 'vitest';
import { CpuLedger, REST } from '../../bench/cpu-ledger.ts';

/** Spends `ms` milliseconds of CPU time. */
function spin(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe('CpuLedger', () => {
  it('charges a stage the CPU time spent inside it, less that of the stages it calls', () => {
    const ledger = new CpuLedger();
    ledger.charge('outer', () => {
      spin(40);
      ledger.charge('inner', () => spin(40));
    });
    const totals = new Map(ledger.totals());
    expect(totals.get('inner')).toBeGreaterThanOrEqual(40);
    expect(totals.get('outer')).toBeGreaterThanOrEqual(40);
    // Inclusive, the outer stage would hold both spins.
    expect(totals.get('outer')).toBeLessThan(70);
  });

  it('charges the time outside every stage to the rest of the build', () => {
    const ledger = new CpuLedger();
    spin(20);
    ledger.charge('stage', () => undefined);
    expect(new Map(ledger.totals()).get(REST)).toBeGreaterThanOrEqual(20);
  });

  it('lists the stages largest first', () => {
    const ledger = new CpuLedger();
    ledger.charge('small', () => spin(5));
    ledger.charge('large', () => spin(30));
    const names = ledger.totals().map(([stage]) => stage);
    expect(names.indexOf('large')).toBeLessThan(names.indexOf('small'));
  });
});
