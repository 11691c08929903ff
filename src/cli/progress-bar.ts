// Progress of a batch on stderr: on a terminal, a one-line bar redrawn at most every 100 ms with
// documents done/total, rate and time left; elsewhere (a log file, CI), a plain line at most every
// 10 seconds and one at the end, so a long run still shows it is moving without flooding the log.
export interface ProgressBar {
  tick(counts: Record<string, number>): void;
  done(): void;
}

export interface ProgressOptions {
  /** "bar" on a terminal, "lines" elsewhere, "off" for none. */
  readonly mode: "bar" | "lines" | "off";
  /** Milliseconds now; injected so tests need no real clock. */
  readonly now?: () => number;
}

const WIDTH = 30;
const REDRAW_MS = 100;
/** Plain-line progress every 10 s: a line per few documents would drown the failures in a log. */
const LINE_MS = 10_000;

/** "1:05", "12:00:03": minutes and seconds, hours when needed. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** Done/total, rate and ETA as text: "12/40 documents, 3.1/s, ETA 0:09". */
export function progressText(done: number, total: number | null, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
  const count = total ? `${done}/${total} documents` : `${done} documents`;
  const rateText = rate > 0 ? `, ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s` : "";
  const eta = total && rate > 0 && done < total ? `, ETA ${formatDuration((total - done) / rate)}` : "";
  return `${count}${rateText}${eta}`;
}

export function createProgressBar(
  total: number | null,
  write: (s: string) => void,
  options: boolean | ProgressOptions,
): ProgressBar {
  const opts: ProgressOptions = typeof options === "boolean" ? { mode: options ? "bar" : "off" } : options;
  const now = opts.now ?? Date.now;
  const started = now();
  let last = opts.mode === "lines" ? started : 0;
  let n = 0;
  let lastCounts: Record<string, number> = {};
  const countsText = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
  const draw = () => {
    const text = progressText(n, total, now() - started);
    const parts = countsText(lastCounts);
    if (opts.mode === "lines") {
      write(`sitrep: ${text}${parts ? ` (${parts})` : ""}\n`);
      return;
    }
    const bar = total
      ? `[${"#".repeat(Math.min(WIDTH, Math.round((n / total) * WIDTH))).padEnd(WIDTH, ".")}] `
      : "";
    write(`\r${bar}${text}  ${parts}   `);
  };
  return {
    tick(counts) {
      n++;
      lastCounts = counts;
      if (opts.mode === "off") return;
      const t = now();
      const every = opts.mode === "bar" ? REDRAW_MS : LINE_MS;
      if (t - last >= every || (opts.mode === "bar" && n === total)) {
        last = t;
        draw();
      }
    },
    done() {
      if (opts.mode === "off") return;
      draw();
      if (opts.mode === "bar") write("\n");
    },
  };
}
