/** Every Adaptive Card action verb, one constant each. Routes and templates use only these. */
export const VERB = {
  helpShow: 'help.show',
  faqAsk: 'faq.ask',
  faqFeedback: 'faq.feedback',
  wizardStart: 'wizard.start',
  wizardNext: 'wizard.next',
  wizardBack: 'wizard.back',
  wizardCancel: 'wizard.cancel',
  wizardSubmit: 'wizard.submit',
  ticketAddMsNumber: 'ticket.addMsNumber',
  ticketEdit: 'ticket.edit',
  ticketWithdraw: 'ticket.withdraw',
  ticketRefresh: 'ticket.refresh',
} as const;

export type Verb = (typeof VERB)[keyof typeof VERB];
export const VERBS: readonly Verb[] = Object.values(VERB);

export function isVerb(value: unknown): value is Verb {
  return typeof value === 'string' && (VERBS as readonly string[]).includes(value);
}
