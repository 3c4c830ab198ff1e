/**
 * The schedule kept up to date in watch mode: each contact's own candidates and each file's
 * appointments and tasks are kept, and only those a change reaches are proposed again; the global
 * step (capacity, order) runs over all of them as `buildSchedule` does, so the result is the same.
 */
import type { IsoDate, Journal } from "../journal/model.ts";
import { contactCandidates, scheduleOf } from "../schedule/build.ts";
import type { Candidate } from "../schedule/candidate.ts";
import { recentWindowStart } from "../schedule/channel.ts";
import { scheduleMessages } from "../schedule/messages.ts";
import { recordPlanned } from "../schedule/planned.ts";
import { prepareCandidates } from "../schedule/prepare.ts";
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
    this.#refresh(reach.contacts, [...change.contacts, ...change.events]);
    this.#schedule = this.#place();
    return this.#schedule;
  }

  #rebuild(): Schedule {
    const journal = this.#journal;
    this.#byContact.clear();
    this.#byRecord.clear();
    this.#refresh(
      journal.contacts.map((c) => c.id),
      [...journal.contactById.keys(), ...journal.eventById.keys()],
    );
    return this.#place();
  }

  /** Proposes the candidates of `contacts` and the planned items of `records` again. */
  #refresh(contacts: Iterable<string>, records: Iterable<string>): void {
    const journal = this.#journal;
    const today = this.#today;
    const m = scheduleMessages(journal.settings.locale);
    const recentSince = recentWindowStart(today);
    for (const id of contacts) {
      const contact = journal.contactById.get(id);
      if (contact) this.#byContact.set(id, contactCandidates(journal, contact, today, m, recentSince));
    }
    for (const id of records) {
      const record = journal.contactById.get(id) ?? journal.eventById.get(id);
      if (record) this.#byRecord.set(id, recordPlanned(record, today, m));
    }
  }

  #place(): Schedule {
    const journal = this.#journal;
    const today = this.#today;
    const m = scheduleMessages(journal.settings.locale);
    const candidates: Candidate[] = [];
    for (const list of this.#byContact.values()) for (const c of list) candidates.push(c);
    for (const list of this.#byRecord.values()) for (const c of list) candidates.push(c);
    // A few per upcoming event, depending on nothing but the event: cheaper to redo than to track.
    for (const c of prepareCandidates(journal, today, today, m)) candidates.push(c);
    return scheduleOf(candidates, today, journal.settings.capacity, m);
  }
}
