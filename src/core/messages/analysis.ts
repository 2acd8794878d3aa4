/** The analysis itself: a check that failed on a file (the finding says so, never with the file's text). */
export const analysisMessages = {
  internalError: (check: string, error: string) => `The ${check} check could not run on this file (${error}). Please report it.`,
};
