/**
 * The schedule kept up to date in watch mode: each contact's own candidates and each file's
 * appointments and tasks are kept, and only those a change reaches are proposed again; the global
 * step (capacity, order) runs over all of them as `buildSchedule` does, so the result is the same.
 */
import type { IsoDate, Journal } from "../journal/model.ts";
import {
  contactCandidates,
  forgetCandidate,
  scheduleMemo,
  scheduleOfRanked,
  type ScheduleMemo,
} from "../schedule/build.ts";
import type { Candidate } from "../schedule/candidate.ts";
import { recentWindowStart } from "../schedule/channel.ts";
import { scheduleMessages } from "../schedule/messages.ts";
import { recordPlanned } from "../schedule/planned.ts";
import { prepareCandidates } from "../schedule/prepare.ts";
import { byPriority } from "../schedule/priority.ts";
import type { Schedule } from "../schedule/types.ts";
import { changeBetween, type Change } from "./changes.ts";
import { reachOf } from "./reach.ts";

export class LiveSchedule {
  #journal: Journal;
  #today: IsoDate;
  /** Each contact's `next` day and first follow-up, deepening or rhythm item. */
  readonly #byContact = new Map<string, readonly Candidate[]>();
  /** Each contact's or event's appointments and dated tasks. */
  readonly #byRecord = new Map<string, readonly Candidate[]>();
  /** Every candidate, in priority order: kept sorted, so an update sorts only what it proposed again. */
  #ranked: readonly Candidate[] = [];
  /** Kept while today is the same day. */
  #memo: ScheduleMemo = scheduleMemo();
  #prepare: readonly Candidate[] = [];
  #schedule: Schedule;
  #change: Change = { broad: "many" };

  /** `buildSchedule(journal, { today })`, kept in parts. */
  constructor(journal: Journal, today: IsoDate) {
    this.#journal = journal;
    this.#today = today;
    this.#schedule = this.#rebuild();
  }

  get schedule(): Schedule {
    return this.#schedule;
  }

  /** How the last update went: broad (computed whole) or which records changed. */
  get change(): Change {
    return this.#change;
  }

  /** The schedule of `journal`, a later model of the same journal: what `buildSchedule` gives. */
  update(journal: Journal, today: IsoDate): Schedule {
    const change = changeBetween(this.#journal, journal, this.#today, today);
    const before = this.#journal;
    this.#journal = journal;
    this.#today = today;
    this.#change = change;
    if (change.broad) {
      this.#schedule = this.#rebuild();
      return this.#schedule;
    }
    const reach = reachOf(before, journal, change.contacts, change.events);
    const dropped = new Set<Candidate>(this.#prepare);
    const added: Candidate[] = [];
    this.#refresh(reach.contacts, [...change.contacts, ...change.events], dropped, added);
    added.push(...this.#proposePrepare());
    this.#ranked = merge(
      this.#ranked.filter((c) => !dropped.has(c)),
      added.sort(byPriority),
    );
    for (const c of dropped) forgetCandidate(this.#memo, c);
    this.#schedule = this.#place();
    return this.#schedule;
  }

  #rebuild(): Schedule {
    const journal = this.#journal;
    this.#byContact.clear();
    this.#byRecord.clear();
    this.#memo = scheduleMemo();
    const all: Candidate[] = [];
    this.#refresh(
      journal.contacts.map((c) => c.id),
      [...journal.contactById.keys(), ...journal.eventById.keys()],
      new Set(),
      all,
    );
    all.push(...this.#proposePrepare());
    this.#ranked = all.sort(byPriority);
    return this.#place();
  }

  /** Proposes the candidates of `contacts` and the planned items of `records` again: the old ones go to `dropped`, the new to `added`. */
  #refresh(contacts: Iterable<string>, records: Iterable<string>, dropped: Set<Candidate>, added: Candidate[]): void {
    const journal = this.#journal;
    const today = this.#today;
    const m = scheduleMessages(journal.settings.locale);
    const recentSince = recentWindowStart(today);
    const replace = (map: Map<string, readonly Candidate[]>, id: string, list: Candidate[]) => {
      for (const c of map.get(id) ?? []) dropped.add(c);
      map.set(id, list);
      added.push(...list);
    };
    for (const id of contacts) {
      const contact = journal.contactById.get(id);
      if (contact) replace(this.#byContact, id, contactCandidates(journal, contact, today, m, recentSince));
    }
    for (const id of records) {
      const record = journal.contactById.get(id) ?? journal.eventById.get(id);
      if (record) replace(this.#byRecord, id, recordPlanned(record, today, m));
    }
  }

  /** A few per upcoming event, depending on nothing but the event: cheaper to redo than to track. */
  #proposePrepare(): readonly Candidate[] {
    const m = scheduleMessages(this.#journal.settings.locale);
    this.#prepare = prepareCandidates(this.#journal, this.#today, this.#today, m);
    return this.#prepare;
  }

  #place(): Schedule {
    const m = scheduleMessages(this.#journal.settings.locale);
    return scheduleOfRanked(this.#ranked, this.#today, this.#journal.settings.capacity, m, this.#memo);
  }
}

/** Two lists sorted by priority as one. */
function merge(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPriority(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
