// The closed list of decision-log event names; the log_event table holds the same list (tested).
export const logEvents = [
  'auth.login',
  'auth.logout',
  'auth.login_failed',
  'auth.login_locked',
  'staff.created',
  'staff.role_changed',
  'staff.deactivated',
  'staff.reactivated',
  'staff.password_reset',
  'staff.password_changed',
  // Requests (disclosureRequest.ts requestEvents; migration 0003)
  'request.registered',
  'request.status_changed',
  'request.withdrawn',
  'request.reopened',
  'request.assigned',
  'request.note_added',
  'request.extended',
] as const;

export type LogEvent = (typeof logEvents)[number];
