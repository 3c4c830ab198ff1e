/** What an event brought: goals and who matched them, new contacts against target, follow-up status. */
import type { IsoDate } from "../../src/core/date.ts";
import { followupStatus, type FollowupStatus } from "../../src/journal/followup.ts";
import { matchesGoal } from "../../src/journal/match.ts";
import type { Event, Goal, Journal } from "../../src/journal/model.ts";

export interface EventOutcome {
  readonly event: Event;
  readonly met: readonly string[];
  readonly goals: readonly { readonly goal: Goal; readonly matched: readonly string[] }[];
  readonly overTarget: boolean;
  readonly followups: readonly FollowupStatus[];
}

export function outcomeOf(journal: Journal, event: Event, today: IsoDate): EventOutcome {
  const met = journal.metAt.get(event.id) ?? [];
  const people = met.flatMap((id) => journal.contactById.get(id) ?? []);
  return {
    event,
    met,
    goals: event.goals.map((goal) => ({ goal, matched: people.filter((c) => matchesGoal(goal, c)).map((c) => c.id) })),
    overTarget: event.target !== undefined && met.length > event.target.max,
    followups: followupsOf(journal, event, today),
  };
}

/** The follow-up status of each person met at `event`, in the order met; none before the event. */
export function followupsOf(journal: Journal, event: Event, today: IsoDate): FollowupStatus[] {
  if (event.date > today) return [];
  return (journal.metAt.get(event.id) ?? []).flatMap((id) => followupStatus(journal, event.id, id, today) ?? []);
}

/** The Events list's two parts for `today`: upcoming (today's included), soonest first, and past, latest first. */
export function eventsAround(journal: Journal, today: IsoDate): { upcoming: readonly Event[]; past: readonly Event[] } {
  return {
    upcoming: journal.events.filter((e) => e.date >= today),
    past: journal.events.filter((e) => e.date < today).reverse(),
  };
}
