/**
 * The off-peak window ("22:00"-"06:00", local time, may cross midnight). The partner
 * asks for batch and retry work to run off-peak where possible.
 */
export interface OffPeakWindow {
  start: string;
  end: string;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export function isOffPeak(at: number, w: OffPeakWindow): boolean {
  const d = new Date(at);
  const now = d.getHours() * 60 + d.getMinutes();
  const start = minutesOf(w.start);
  const end = minutesOf(w.end);
  if (start === end) return true; // a window of the whole day
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** `at` itself when it is off-peak, otherwise the next time the window opens. */
export function nextOffPeakStart(at: number, w: OffPeakWindow): number {
  if (isOffPeak(at, w)) return at;
  const d = new Date(at);
  const start = minutesOf(w.start);
  const open = new Date(d.getFullYear(), d.getMonth(), d.getDate(), Math.floor(start / 60), start % 60, 0, 0);
  if (open.getTime() <= at) open.setDate(open.getDate() + 1);
  return open.getTime();
}
