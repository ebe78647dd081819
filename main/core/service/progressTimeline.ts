/**
 * Outcomes over the run in fixed buckets, for the Progress screen's compact chart.
 * Fed with the run's cumulative figures; keeps the last `size` buckets.
 */
export interface TimelineBucket {
  at: number;
  registered: number;
  rejected: number;
  failed: number;
}

export class ProgressTimeline {
  private buckets: TimelineBucket[] = [];
  private last = { registered: 0, rejected: 0, failed: 0 };
  private runStartedAt: number | null = null;

  constructor(
    private readonly bucketMs = 10_000,
    private readonly size = 60,
  ) {}

  record(now: number, run: { startedAt: number; registered: number; rejected: number; failed: number } | null): void {
    if (!run) return;
    if (run.startedAt !== this.runStartedAt) {
      this.runStartedAt = run.startedAt;
      this.buckets = [];
      this.last = { registered: 0, rejected: 0, failed: 0 };
    }
    const at = now - (now % this.bucketMs);
    let bucket = this.buckets[this.buckets.length - 1];
    if (!bucket || bucket.at !== at) {
      bucket = { at, registered: 0, rejected: 0, failed: 0 };
      this.buckets.push(bucket);
      if (this.buckets.length > this.size) this.buckets.shift();
    }
    bucket.registered += run.registered - this.last.registered;
    bucket.rejected += run.rejected - this.last.rejected;
    bucket.failed += run.failed - this.last.failed;
    this.last = { registered: run.registered, rejected: run.rejected, failed: run.failed };
  }

  snapshot(): TimelineBucket[] {
    return this.buckets.map((b) => ({ ...b }));
  }
}
