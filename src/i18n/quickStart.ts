import { defineTexts } from './messages';

/** A wizard that starts with answers already filled in: where they came from, and a sentence too long to read. */
export const quickStart = defineTexts({
  'prefill.remembered': {
    en: 'From your last ticket: {fields}.',
    pl: 'Z Twojego ostatniego zgłoszenia: {fields}.',
  },
  'prefill.teams': {
    en: 'From your Teams profile: {fields}.',
    pl: 'Z Twojego profilu w Teams: {fields}.',
  },
  'prefill.read': {
    en: 'From your message: {fields}.',
    pl: 'Z Twojej wiadomości: {fields}.',
  },
  'prefill.unclear': {
    en: 'Your message names more than one {fields}, so I ask instead of choosing.',
    pl: 'Twoja wiadomość podaje więcej niż jedną wartość: {fields}, więc pytam, zamiast wybierać.',
  },
  'prefill.check': {
    en: 'Each is filled in on its step and listed on the review; change any of them there or with Back.',
    pl: 'Każda jest wpisana w swoim kroku i widoczna w podsumowaniu; zmienisz ją tam lub przyciskiem Wstecz.',
  },
  'prefill.tooLong': {
    en: 'Your message is longer than {max} characters, the most a ticket description holds, so I started nothing. Type "new ticket" and fill in the steps, or start again with a shorter sentence.',
    pl: 'Twoja wiadomość ma ponad {max} znaków, czyli więcej, niż mieści opis zgłoszenia, więc niczego nie rozpocząłem. Wpisz „nowe zgłoszenie” i wypełnij kroki albo zacznij ponownie krótszym zdaniem.',
  },
});
