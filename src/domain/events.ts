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
  // Handlingar (migration 0004)
  'document.imported',
  'document.import_refused',
  'document.register_updated',
  'document.secrecy_marked',
  'document.secrecy_mark_lifted',
  // Secrecy assessment and redaction (migration 0006)
  'provision.added',
  'provision.changed',
  'provision.retired',
  'provision.reinstated',
  'redaction.proposed',
  'redaction.changed',
  'redaction.withdrawn',
  'redaction.rejected',
  'redaction.approved',
  'redaction.leak_exempted',
  'secrecy_assessment.recorded',
] as const;

export type LogEvent = (typeof logEvents)[number];
