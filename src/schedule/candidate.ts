/** An item as a rule proposes it, before capacity and snooze give it its day. */
import type { IsoDate } from "../core/date.ts";
import type { Channel, Circle, Duration } from "../journal/model.ts";
import type { Ranked } from "./priority.ts";
import type { Subject } from "./types.ts";

export interface Candidate extends Ranked {
  readonly subject: Subject;
  readonly reason: string;
  readonly channel?: Channel;
  readonly draft?: string;
  readonly event?: string;
  readonly circle?: Circle;
  /** A rhythm item's cadence, to tell when it is fading. */
  readonly cadence?: Duration;
  /** The end of a snooze: the item is not shown before this day. */
  readonly notBefore?: IsoDate;
}
