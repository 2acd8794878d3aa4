/**
 * What a practitioner reads when a file is refused because its real location (through a shortcut,
 * that is a symbolic link) is outside the workspace folder: nothing behind such a link is read.
 */
export const accessMessages = {
  /** A `previous:` or `plan:` link whose path stays inside the folder but leads out of it through a link. */
  linkLeavesByLink: (key: 'previous' | 'plan', link: string) =>
    `The ${key === 'plan' ? 'CP plan' : 'previous minutes'} link "${link}" leads outside the workspace folder through a shortcut (a symbolic link), so it was not opened.`,
  /** The file being checked is itself such a link. */
  fileOutside: 'This file is a shortcut (a symbolic link) to a file outside the workspace folder, so it was not read or checked.',
  /** The settings file governing the minutes is such a link. */
  configOutside: (file: string) =>
    `The settings file ${file} is a shortcut (a symbolic link) to a file outside the workspace folder, so it was not read and the standard settings apply.`,
};
