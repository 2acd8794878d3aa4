/** The ordered registry of checks. Adding a check: one file, its fixtures, one line here. */
import type { Check } from './check';
import { missingSection } from './cg001-missing-section';
import { emptySection } from './cg002-empty-section';
import { frontMatter } from './cg003-front-matter';
import { untrackedPriorAction } from './cg010-untracked-prior-action';
import { reviewWithoutStatus } from './cg011-review-without-status';
import { overdueWithoutImpact } from './cg012-overdue-without-impact';
import { drift } from './cg013-drift';
import { actionNotSmart } from './cg020-action-not-smart';
import { actionWithoutOutcome } from './cg021-action-without-outcome';
import { duplicateActionId } from './cg022-duplicate-action-id';
import { absentWithoutReport } from './cg030-absent-without-report';
import { absentParentNotConsidered } from './cg031-absent-parent-not-considered';
import { firstMeetingChair } from './cg032-first-meeting-chair';
import { firstMeetingLate } from './cg033-first-meeting-late';
import { meetingInterval } from './cg034-meeting-interval';
import { attendanceNotRecorded } from './cg035-attendance-not-recorded';
import { outcomeNotReviewed } from './cg040-outcome-not-reviewed';
import { outcomeWithoutRating } from './cg041-outcome-without-rating';
import { planNotRevised } from './cg042-plan-not-revised';
import { safetyAnalysisOrder } from './cg051-safety-analysis-order';
import { notShared } from './cg060-not-shared';

export const CHECKS: readonly Check[] = Object.freeze([
  missingSection,
  emptySection,
  frontMatter,
  untrackedPriorAction,
  reviewWithoutStatus,
  overdueWithoutImpact,
  drift,
  actionNotSmart,
  actionWithoutOutcome,
  duplicateActionId,
  absentWithoutReport,
  absentParentNotConsidered,
  firstMeetingChair,
  firstMeetingLate,
  meetingInterval,
  attendanceNotRecorded,
  outcomeNotReviewed,
  outcomeWithoutRating,
  planNotRevised,
  safetyAnalysisOrder,
  notShared,
]);

export const CHECK_CODES: ReadonlySet<string> = new Set(CHECKS.map((c) => c.code));

export function checkByCode(code: string): Check | undefined {
  return CHECKS.find((c) => c.code === code);
}

export type { Check };
