/**
 * `ONLY=id node --import tsx bench/fu21-probe.ts`: a dev conversation asked turn by turn, printing for each dev
 * turn the follow-up's effective entities and heaviest terms and the evidence of the judged draft. Held-out
 * turns are asked, never shown.
 */
import { devStudy } from './cached-knowledge.ts';
import { conversationsOf, setEngines } from './probed-turns.ts';

const ONLY = new Set((process.env.ONLY ?? '').split(',').filter(Boolean));
const { runtime, sets, kbOf } = await devStudy(process.env.KB_CACHE ?? '/tmp/fu16-kb', {
  heldOutTurns: true,
});
const wantedIn = (items: readonly { id: string }[]) => items.some((i) => ONLY.has(i.id));
for await (const { set, engine } of setEngines(runtime, sets, kbOf, (s) =>
  [...conversationsOf(s.items).values()].some(wantedIn),
)) {
  for (const [conv, items] of conversationsOf(set.items)) {
    if (!wantedIn(items)) continue;
    console.log(`== ${set.name} ${conv}`);
    let afterHeldOut = false;
    for (const item of items) {
      let probe = '';
      const a = await engine.ask(item.q, {
        userId: conv,
        probe: (p) => {
          const terms = [...p.u.terms.entries()].sort((x, y) => y[1] - x[1]).slice(0, 14);
          probe = `ents=${p.u.entities.join(',')} speaker=${p.u.speakerId} content=${p.u.content.join(',')}\n   terms=${terms.map(([t, w]) => `${t}:${w.toFixed(2)}`).join(' ')}\n   failed=${p.failed.join(',')} draft=${p.draft?.evidence.map((e) => e.text.slice(0, 90)).join(' || ')}`;
        },
      });
      if (item.split !== 'dev') {
        console.log('-- (a held-out turn, not shown)');
        afterHeldOut = true;
        continue;
      }
      // Terms carried from a held-out turn would show its words.
      if (afterHeldOut) probe = '(terms not shown: carried from a held-out turn)';
      afterHeldOut = false;
      console.log(
        `-- ${item.id} ${item.q}\n   ${probe}\n   => ${a.intent}/${a.answeredAs} ${a.text.slice(0, 300).replace(/\n/g, ' | ')}`,
      );
    }
  }
}
