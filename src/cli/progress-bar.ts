// A one-line progress bar on a terminal (stderr), redrawn at most every 100 ms; silent elsewhere.
export interface ProgressBar {
  tick(counts: Record<string, number>): void;
  done(): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

export function createProgressBar(
  total: number | null,
  write: (s: string) => void,
  enabled: boolean,
): ProgressBar {
  let last = 0;
  let n = 0;
  const draw = (counts: Record<string, number>) => {
    const parts = Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    if (total) {
      const filled = Math.min(WIDTH, Math.round((n / total) * WIDTH));
      write(`\r[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${n}/${total}  ${parts}   `);
    } else {
      write(`\r${n} documents  ${parts}   `);
    }
  };
  let lastCounts: Record<string, number> = {};
  return {
    tick(counts) {
      n++;
      lastCounts = counts;
      if (!enabled) return;
      const now = Date.now();
      if (now - last >= REDRAW_MS || n === total) {
        last = now;
        draw(counts);
      }
    },
    done() {
      if (!enabled) return;
      draw(lastCounts);
      write("\n");
    },
  };
}
