/**
 * An event's outcome, for `rapport event`: which goals the people met there match and which nobody
 * matched, how many new contacts against the target (quality over quantity), and whether everyone
 * met was followed up.
 */
import type { IsoDate } from "../core/date.ts";
import { followupDay, lastDay } from "../journal/event-days.ts";
import { followupStatus, type FollowupState } from "../journal/followup.ts";
import { hasCriteria, matchesGoal } from "../journal/match.ts";
import type { Contact, Event, Journal, Target } from "../journal/model.ts";
import { touchesOf } from "../journal/touches.ts";

export interface GoalOutcome {
  readonly text: string;
  /** False for a goal given only as text: it matches nobody automatically. */
  readonly criteria: boolean;
  /** Ids of contacts met at the event who match it. */
  readonly matches: readonly string[];
}

export interface MetOutcome {
  readonly id: string;
  readonly name: string;
  /** This event is where you first met them. */
  readonly new: boolean;
  readonly rapport?: Contact["rapport"];
  /** Indexes into `goals` of the goals they match. */
  readonly goals: readonly number[];
  readonly followup: {
    readonly state: FollowupState;
    readonly due: IsoDate;
    /** The day of the follow-up, when there was one. */
    readonly date?: IsoDate;
  };
}

export interface EventReport {
  readonly today: IsoDate;
  readonly event: {
    readonly id: string;
    readonly title: string;
    readonly date: IsoDate;
    readonly end: IsoDate;
    readonly location?: string;
    readonly followup: IsoDate;
  };
  /** The event has not begun yet. */
  readonly upcoming: boolean;
  readonly goals: readonly GoalOutcome[];
  /** Goals with criteria that nobody met there matches. */
  readonly unmatched: readonly string[];
  readonly met: readonly MetOutcome[];
  readonly newContacts: number;
  readonly target: Target | null;
  readonly overTarget: boolean;
}

export function eventReport(journal: Journal, event: Event, today: IsoDate): EventReport {
  const met = (journal.metAt.get(event.id) ?? [])
    .map((id) => journal.contactById.get(id))
    .filter((c): c is Contact => c !== undefined);
  const goals = event.goals.map((goal) => ({
    text: goal.text,
    criteria: hasCriteria(goal),
    matches: met.filter((c) => matchesGoal(goal, c)).map((c) => c.id),
  }));
  const outcomes = met.map((c): MetOutcome => {
    const status = followupStatus(journal, event.id, c.id, today)!;
    return {
      id: c.id,
      name: c.name,
      new: isNew(journal, c, event),
      ...(c.rapport ? { rapport: c.rapport } : {}),
      goals: goals.flatMap((g, i) => (g.matches.includes(c.id) ? [i] : [])),
      followup: { state: status.state, due: status.due, ...(status.touch ? { date: status.touch.date } : {}) },
    };
  });
  const newContacts = outcomes.filter((o) => o.new).length;
  return {
    today,
    event: {
      id: event.id,
      title: event.title,
      date: event.date,
      end: lastDay(event),
      ...(event.location ? { location: event.location } : {}),
      followup: followupDay(event, journal.settings),
    },
    upcoming: event.date > today,
    goals,
    unmatched: goals.filter((g) => g.criteria && g.matches.length === 0).map((g) => g.text),
    met: outcomes,
    newContacts,
    target: event.target ?? null,
    overTarget: event.target !== undefined && newContacts > event.target.max,
  };
}

/** New at this event: no `met` day and no touch before it (an earlier event, an entry, a commit). */
function isNew(journal: Journal, contact: Contact, event: Event): boolean {
  if (contact.met && contact.met < event.date) return false;
  return !touchesOf(journal, contact.id).some((t) => t.date < event.date);
}
