/**
 * The check registry: one line per check, exported under its code. Checks run, and are listed
 * everywhere (Problems, the README, the docs, the schema), in the order of their codes.
 * To add a check, write src/core/checks/cgNNN-name.ts, add its line here and run `npm run generate`.
 */
export { missingSection as CG001 } from './cg001-missing-section';
export { emptySection as CG002 } from './cg002-empty-section';
export { frontMatter as CG003 } from './cg003-front-matter';
export { untrackedPriorAction as CG010 } from './cg010-untracked-prior-action';
export { reviewWithoutStatus as CG011 } from './cg011-review-without-status';
export { overdueWithoutImpact as CG012 } from './cg012-overdue-without-impact';
export { drift as CG013 } from './cg013-drift';
export { actionNotSmart as CG020 } from './cg020-action-not-smart';
export { actionWithoutOutcome as CG021 } from './cg021-action-without-outcome';
export { duplicateActionId as CG022 } from './cg022-duplicate-action-id';
export { absentWithoutReport as CG030 } from './cg030-absent-without-report';
export { absentParentNotConsidered as CG031 } from './cg031-absent-parent-not-considered';
export { firstMeetingChair as CG032 } from './cg032-first-meeting-chair';
export { firstMeetingLate as CG033 } from './cg033-first-meeting-late';
export { meetingInterval as CG034 } from './cg034-meeting-interval';
export { attendanceNotRecorded as CG035 } from './cg035-attendance-not-recorded';
export { outcomeNotReviewed as CG040 } from './cg040-outcome-not-reviewed';
export { outcomeWithoutRating as CG041 } from './cg041-outcome-without-rating';
export { planNotRevised as CG042 } from './cg042-plan-not-revised';
export { planNotUpdated as CG043 } from './cg043-plan-not-updated';
export { safetyAnalysisOrder as CG051 } from './cg051-safety-analysis-order';
export { notShared as CG060 } from './cg060-not-shared';
export { changedSinceShared as CG061 } from './cg061-changed-since-shared';
