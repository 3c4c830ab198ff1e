export { buildSchedule } from "./build.ts";
export {
  agendaOf,
  daysOf,
  nextByContact,
  summaryText,
  LOOKAHEAD_DAYS,
  type Agenda,
  type AgendaSummary,
  type Day,
} from "./agenda.ts";
export { eventReport, type EventReport, type GoalOutcome, type MetOutcome } from "./event-report.ts";
export { scheduleCalendar, summaryOf, uidOf } from "./calendar.ts";
export { scheduleMessages, type ScheduleMessages } from "./messages.ts";
export { byPriority, priorityOf } from "./priority.ts";
export { DEEPEN_WINDOW_DAYS } from "./contact-items.ts";
export { PREPARE_DAYS_BEFORE, PREPARE_WINDOW_DAYS } from "./prepare.ts";
export * from "./types.ts";
