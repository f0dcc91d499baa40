import { EventEmitter } from "node:events";

// Change events inside one app instance: a committed write announces what changed, and live views
// (server-sent events), webhooks and the sync outbox react. Several instances behind a load balancer
// would relay these through PostgreSQL LISTEN/NOTIFY; one instance needs nothing more.

export interface ChangeEvent {
  /** e.g. "data_value", "task", "report_submission", "feedback" */
  entity: string;
  action: string;
  orgUnitIds: number[];
  ids?: (string | number)[];
  at: string;
}

export class AppEvents {
  private readonly bus = new EventEmitter();
  constructor() {
    this.bus.setMaxListeners(10_000);
  }
  emit(e: Omit<ChangeEvent, "at">): void {
    this.bus.emit("change", { ...e, at: new Date().toISOString() });
  }
  on(fn: (e: ChangeEvent) => void): () => void {
    this.bus.on("change", fn);
    return () => this.bus.off("change", fn);
  }
}
