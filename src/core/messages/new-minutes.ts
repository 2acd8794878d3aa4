/** The words new minutes for the next meeting start with, beyond the template's prompts. */
export const newMinutesText = {
  actionsPrompt: (n: number) => `Set new SMART actions. New action IDs continue from A${n}.`,
};
