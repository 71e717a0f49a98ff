// The closed list of decision-log event names; the log_event table holds the same list (tested).
import { requestEvents } from './disclosureRequest.ts';

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
  // Requests (migration 0003)
  ...requestEvents,
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
  // PDF handlingar released as their own pages (migration 0025)
  'redaction.placed',
  // Decision, release, appeal and gallring (migration 0007)
  'decision.made',
  'decision.notified',
  'decision.informal_refusal',
  'decision.written_requested',
  'release.link_created',
  'release.link_revoked',
  'release.notice_sent',
  'release.notice_queued',
  'release.published',
  'release.unpublished',
  'appeal.received',
  'appeal.sent_to_court',
  'appeal.decided',
  'letter_template.updated',
  'disposal.contact_details',
  // Reopening a decision and four eyes per maskering (migration 0009)
  'decision.reopened',
  'redaction.partly_approved',
  // Kind of organisation, postal notice (migration 0035)
  'provision.preset_applied',
  'decision.notice_posted',
  // Request for uppgifter (migration 0037)
  'decision.information_answered',
  // Appeal handling (migration 0038)
  'appeal.timeliness_checked',
  'appeal.reconsidered',
  // Questions to the requester during the review (migration 0039)
  'secrecy_assessment.question_asked',
  'secrecy_assessment.question_answered',
  // The data subject's requests (migration 0061)
  'subject_request.registered',
  'subject_request.identity_verified',
  'subject_request.extended',
  'subject_request.hit_confirmed',
  'subject_request.hit_rejected',
  'subject_request.document_attached',
  'subject_request.answered',
  'subject_request.outcome_recorded',
  'subject_template.updated',
  // A hit's verdict withdrawn, as its own row (migration 0068)
  'subject_request.hit_verdict_withdrawn',
  // The organisation's settings in its database (migration 0073)
  'organisation.settings_changed',
] as const;

export type LogEvent = (typeof logEvents)[number];
