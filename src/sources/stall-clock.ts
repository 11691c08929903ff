// Time this process could observe the network: wall time minus the stretches in which its event
// loop was stalled (coding a page, loading models, or not scheduled by a loaded machine). A
// network timeout measures the other side's slowness; while the loop is blocked, an answer that
// has arrived sits unread in the socket, so a timer that expires during the block would fire
// before the answer is read (timers run before I/O in a loop turn) and blame the server: a retry,
// and a second fetch of the same page. Timers armed here count observable time only, so they
// fire after the loop has had the time it was promised to see the answer.
//
// A meter ticks every TICK_MS while a timer is armed (unref'd: it never keeps a process alive);
// the lateness of each tick beyond its period is stalled time. A timer still fires after at most
// MAX_STRETCH × its time in wall terms, so a loop that never frees up still ends a hung request.

const TICK_MS = 50;
/** Lateness under this is ordinary jitter, not a stall. */
const JITTER_MS = 20;
const MAX_STRETCH = 4;

let stalledMs = 0;
let lastTick = 0;
let meter: NodeJS.Timeout | null = null;
let armed = 0;

/** Lateness of the tick under way (a stall not yet counted by a tick). */
const pendingStall = (now: number) => {
  const late = now - lastTick - TICK_MS;
  return meter && late > JITTER_MS ? late : 0;
};

function startMeter(): void {
  if (armed++ > 0) return;
  lastTick = Date.now();
  meter = setInterval(() => {
    const now = Date.now();
    const late = now - lastTick - TICK_MS;
    if (late > JITTER_MS) stalledMs += late;
    lastTick = now;
  }, TICK_MS);
  meter.unref();
}

function stopMeter(): void {
  if (--armed > 0 || !meter) return;
  clearInterval(meter);
  meter = null;
}

/** Milliseconds of observable time: advances with the wall clock except while the loop is stalled. */
export function observableNow(): number {
  const now = Date.now();
  return now - stalledMs - pendingStall(now);
}

export interface StallTolerantTimer {
  clear(): void;
}

/**
 * Calls `onExpire` once `ms` of observable time have passed (or MAX_STRETCH × ms of wall time,
 * whichever is first). `clear()` cancels it; either way the meter stops when no timer is left.
 */
export function setObservableTimeout(onExpire: () => void, ms: number): StallTolerantTimer {
  startMeter();
  const wallLimit = Date.now() + Math.max(0, ms) * MAX_STRETCH;
  const due = observableNow() + Math.max(0, ms);
  let timer: NodeJS.Timeout | null = null;
  let done = false;
  const clear = () => {
    if (done) return;
    done = true;
    if (timer) clearTimeout(timer);
    stopMeter();
  };
  const check = () => {
    const left = Math.min(due - observableNow(), wallLimit - Date.now());
    if (left > 0) {
      timer = setTimeout(check, left);
      return;
    }
    clear();
    onExpire();
  };
  timer = setTimeout(check, Math.max(0, ms));
  return { clear };
}
