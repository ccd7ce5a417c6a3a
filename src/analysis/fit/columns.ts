/**
 * Which column holds what: the roles each kind of record file has, the column names recognised
 * without help (compared ignoring case, spaces and punctuation), and the columns map (`--columns
 * MAP.yaml`) for everything else: names of the columns, words used for outcomes, the date order
 * and the unit of bare-number durations.
 */
import { z } from 'zod';

export const RECORD_KINDS = ['visits', 'tasks', 'absences'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The roles of each kind and the names recognised for them, most specific first. */
export const KNOWN_COLUMNS = {
  visits: {
    date: ['date', 'day', 'visitdate', 'calldate'],
    arrival: ['arrival', 'arrived', 'arrivaltime', 'arrivedat', 'arrivalat', 'created', 'createdat', 'createdon', 'ticketcreated', 'ticketcreatedat', 'tickettime', 'ticketissued', 'issued', 'issuedat', 'checkin', 'checkedin', 'enqueued', 'enqueuedat', 'queued', 'queuedat', 'timein', 'intime', 'calltime', 'start_of_call', 'offered', 'offeredat'],
    start: ['start', 'servicestart', 'started', 'startedat', 'starttime', 'called', 'calledat', 'answered', 'answeredat', 'answertime', 'servedat', 'servicebegin'],
    end: ['end', 'serviceend', 'ended', 'endedat', 'endtime', 'finished', 'finishedat', 'completed', 'completedat', 'closed', 'closedat', 'departure', 'departed', 'left', 'leftat', 'hangup', 'hungupat', 'timeout'],
    wait: ['wait', 'waittime', 'waiting', 'waitingtime', 'queuetime', 'waitminutes', 'waitmin', 'waitsec', 'waitseconds', 'holdtime'],
    service: ['servicetime', 'serviceduration', 'handletime', 'handlingtime', 'duration', 'talktime', 'serviceminutes', 'servicemin', 'servicesec', 'serviceseconds'],
    outcome: ['outcome', 'status', 'result', 'disposition', 'state'],
    class: ['class', 'customerclass', 'type', 'visittype', 'category', 'queue', 'servicetype', 'reason', 'topic', 'skill', 'service'],
    server: ['server', 'agent', 'clerk', 'staff', 'employee', 'servedby', 'teller', 'operator', 'handledby', 'person', 'user', 'counter'],
  },
  tasks: {
    date: ['date', 'day'],
    arrival: ['arrival', 'arrived', 'created', 'createdat', 'createdon', 'opened', 'openedat', 'received', 'receivedat', 'submitted', 'submittedat', 'logged'],
    start: ['start', 'started', 'startedat', 'starttime', 'begun', 'pickedup', 'assignedat', 'workstart'],
    end: ['end', 'completion', 'completed', 'completedat', 'finished', 'finishedat', 'done', 'doneat', 'closed', 'closedat', 'resolved', 'resolvedat', 'endtime'],
    due: ['due', 'dueat', 'duedate', 'deadline', 'sla'],
    wait: ['wait', 'waittime'],
    service: ['worktime', 'duration', 'servicetime', 'effort', 'handletime'],
    class: ['type', 'tasktype', 'class', 'category', 'queue', 'kind'],
    server: ['server', 'assignee', 'assignedto', 'agent', 'clerk', 'staff', 'employee', 'person', 'owner', 'resolvedby', 'user'],
  },
  absences: {
    person: ['person', 'name', 'employee', 'staff', 'agent', 'clerk', 'server', 'user', 'who'],
    date: ['date', 'day', 'absencedate'],
    reason: ['reason', 'type', 'status', 'kind', 'absence', 'absencetype', 'code'],
  },
} as const;

export type Role<K extends RecordKind> = keyof (typeof KNOWN_COLUMNS)[K];

/** Outcome words recognised (compared ignoring case, spaces and punctuation). */
export const OUTCOME_WORDS = {
  served: ['served', 'serviced', 'completed', 'complete', 'done', 'answered', 'handled', 'ok', 'finished', 'closed', 'resolved', 'success'],
  abandoned: ['abandoned', 'abandon', 'gaveup', 'left', 'reneged', 'hungup', 'lost', 'noshow', 'walkedout', 'timeout', 'leftqueue'],
  balked: ['balked', 'balk', 'notjoined', 'refused', 'blocked', 'rejected', 'leftbeforequeue', 'hungupbeforequeue', 'busy', 'turnedaway'],
} as const;
export type Outcome = keyof typeof OUTCOME_WORDS;
export const OUTCOMES = ['served', 'abandoned', 'balked'] as const satisfies readonly Outcome[];

/** Absence reasons counted as sickness; other reasons (leave, training) are planned time off. */
export const SICK_WORDS = ['sick', 'sickness', 'ill', 'illness', 'sickleave', 'sickday', 'unwell', 'medical', 'absent', 'absence'] as const;
/** Reasons that mean the person worked that day (files listing every person-day). */
export const PRESENT_WORDS = ['present', 'worked', 'work', 'onduty', 'in', 'ok', 'yes'] as const;

export function normalizeName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const column = z.string().min(1).optional();
const outcomes = z.strictObject({ served: z.array(z.string()).optional(), abandoned: z.array(z.string()).optional(), balked: z.array(z.string()).optional() });
const visitColumns = z.strictObject({ date: column, arrival: column, start: column, end: column, wait: column, service: column, outcome: column, class: column, server: column, outcomes: outcomes.optional() });
const taskColumns = z.strictObject({ date: column, arrival: column, start: column, end: column, due: column, wait: column, service: column, class: column, server: column });
const absenceColumns = z.strictObject({ person: column, date: column, reason: column, sick: z.array(z.string()).optional() });

/** The columns map file (`--columns MAP.yaml`). */
export const columnsMapSchema = z.strictObject({
  visits: visitColumns.optional(),
  tasks: taskColumns.optional(),
  absences: absenceColumns.optional(),
  /** How `04/03/2024` reads: day/month/year (default) or month/day/year. */
  dateOrder: z.enum(['dmy', 'mdy']).optional(),
  /** The unit of durations written as bare numbers (wait, service). */
  durationUnit: z.enum(['seconds', 'minutes', 'hours']).optional(),
});
export type ColumnsMap = z.infer<typeof columnsMapSchema>;

export interface ResolvedColumns {
  /** Column index per role found; roles absent from the file are missing. */
  readonly index: Readonly<Record<string, number>>;
  /** Roles the map named but the header lacks. */
  readonly missingMapped: readonly { role: string; column: string }[];
}

/** Finds each role's column in a header: the map's name first, else the first recognised name. */
export function resolveColumns(kind: RecordKind, header: readonly string[], map: ColumnsMap | undefined): ResolvedColumns {
  const normalized = header.map(normalizeName);
  const mapped = (map?.[kind] ?? {}) as Record<string, unknown>;
  const index: Record<string, number> = {};
  const missingMapped: { role: string; column: string }[] = [];
  const taken = new Set<number>();
  for (const role of Object.keys(KNOWN_COLUMNS[kind])) {
    const name = mapped[role];
    if (typeof name !== 'string') continue;
    let i = header.indexOf(name);
    if (i < 0) i = normalized.indexOf(normalizeName(name));
    if (i < 0) missingMapped.push({ role, column: name });
    else {
      index[role] = i;
      taken.add(i);
    }
  }
  for (const [role, names] of Object.entries(KNOWN_COLUMNS[kind]) as [string, readonly string[]][]) {
    if (role in index || typeof mapped[role] === 'string') continue;
    for (const name of names) {
      const i = normalized.indexOf(normalizeName(name));
      if (i >= 0 && !taken.has(i)) {
        index[role] = i;
        taken.add(i);
        break;
      }
    }
  }
  return { index, missingMapped };
}
