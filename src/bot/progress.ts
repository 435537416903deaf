/**
 * Progress of a long moderator action (`/kb refresh`, `/kb add`) shown by editing its deferred reply. Discord
 * limits how often a message may be edited, so edits are throttled: the first goes at once, later ones at
 * most one per {@link PROGRESS_EDIT_INTERVAL_MS}, each showing the latest state; the final reply waits for
 * an edit in flight and replaces whatever was pending.
 */
import { REFRESH_PHASES, type RefreshPhase, type RefreshProgress } from './knowledge-builder.ts';
import { fitEmbed, NO_MENTIONS, type MessagePayload } from './render.ts';

/** The titles of the replies that show a refresh under way (a later edit replaces them with the outcome). */
export const PROGRESS_TITLES = {
  refresh: 'Refreshing the knowledge…',
  add: 'Adding the article…',
} as const;

/** At most one progress edit a second: well inside Discord's 5 edits per 5 s on one message. */
export const PROGRESS_EDIT_INTERVAL_MS = 1_000;
const COLOR_WORKING = 0x95a5a6;

const PHASE_LABELS: Record<RefreshPhase, string> = {
  read: 'Read the sources',
  clean: 'Clean',
  annotate: 'Annotate',
  index: 'Index',
  validate: 'Validate',
  swap: 'Swap in',
};

/** A throttled sink for progress; {@link ThrottledProgress.settle} before sending the final reply. */
export interface ThrottledProgress<T> {
  report(progress: T): void;
  /** Stops further edits, drops a pending one and waits for the one in flight. */
  settle(): Promise<void>;
}

/**
 * Sends `show(latest)` at most once per `intervalMs`; failures of `show` go to `onError` and do not stop
 * later edits.
 */
export function throttleProgress<T>(
  show: (progress: T) => Promise<unknown>,
  options: { intervalMs?: number; onError?: (error: unknown) => void; now?: () => number } = {},
): ThrottledProgress<T> {
  const intervalMs = options.intervalMs ?? PROGRESS_EDIT_INTERVAL_MS;
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let pending: { value: T } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let settled = false;
  const send = () => {
    timer = null;
    if (pending === null || settled) return;
    const { value } = pending;
    pending = null;
    last = now();
    inFlight = inFlight.then(() =>
      show(value).then(
        () => undefined,
        (error: unknown) => options.onError?.(error),
      ),
    );
  };
  return {
    report(progress) {
      if (settled) return;
      pending = { value: progress };
      if (timer !== null) return;
      const wait = last + intervalMs - now();
      if (wait <= 0) send();
      else timer = setTimeout(send, wait);
    },
    async settle() {
      settled = true;
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}

/** Keeps the latest count of every phase seen, so a reply can list them all. */
export class RefreshProgressLog {
  readonly #seen = new Map<RefreshPhase, RefreshProgress>();

  /** Records `progress` and returns the log, for chaining into a render. */
  record(progress: RefreshProgress): this {
    this.#seen.set(progress.phase, progress);
    return this;
  }

  /** One line per phase: done ✓, under way with its count, or still to come. */
  lines(): string[] {
    const reached = Math.max(-1, ...[...this.#seen.keys()].map((p) => REFRESH_PHASES.indexOf(p)));
    return REFRESH_PHASES.map((phase, i) => {
      const p = this.#seen.get(phase);
      const count = p !== undefined && p.total > 1 ? ` ${p.done}/${p.total} articles` : '';
      if (p !== undefined && (p.done >= p.total || i < reached)) return `✓ ${PHASE_LABELS[phase]}${count}`;
      if (p !== undefined) return `… ${PHASE_LABELS[phase]}${count}`;
      return `· ${PHASE_LABELS[phase]}`;
    });
  }
}

/**
 * Shows a refresh's progress by editing a reply through `edit`: every step is recorded as it comes, and each
 * (throttled) edit shows all the phases as they stand when it is sent.
 */
export function showRefreshProgress(
  action: keyof typeof PROGRESS_TITLES,
  edit: (payload: MessagePayload) => Promise<unknown>,
  onError?: (error: unknown) => void,
): ThrottledProgress<RefreshProgress> {
  const log = new RefreshProgressLog();
  const shown = throttleProgress<null>(() => edit(renderRefreshProgress(action, log)), {
    ...(onError === undefined ? {} : { onError }),
  });
  return {
    report(progress) {
      log.record(progress);
      shown.report(null);
    },
    settle: () => shown.settle(),
  };
}

/** The reply shown while a refresh works: its title and the phases done so far. */
export function renderRefreshProgress(
  action: keyof typeof PROGRESS_TITLES,
  log: RefreshProgressLog = new RefreshProgressLog(),
): MessagePayload {
  const title = PROGRESS_TITLES[action];
  return {
    embeds: [fitEmbed({ title, description: log.lines().join('\n'), color: COLOR_WORKING })],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
