import template from '../../adaptiveCards/ticket.list.json';
import type { Ticket } from '../domain/ticket';
import { t, type Lang } from '../i18n';
import { asPlainText, renderCard, type CardJson } from './render';
import { VERB } from './verbs';
import { cardDateTime } from './format';

/**
 * A user's recent tickets, newest change first, each with a button that opens its card. `elsewhere`:
 * in a group chat or channel, tickets not for everyone there were left out; the card says where they are.
 */
export function ticketListCard(
  tickets: readonly Ticket[],
  lang: Lang,
  timeZone?: string,
  elsewhere = false,
): CardJson {
  return renderCard(template, {
    lang,
    title: t(lang, 'ticket.list.title'),
    empty: t(lang, 'ticket.list.empty'),
    // "You have no tickets yet" is no answer where some were only left out.
    showEmpty: tickets.length === 0 && !elsewhere,
    elsewhere: elsewhere ? t(lang, 'ticket.list.elsewhere') : '',
    tickets: tickets.map((ticket) => ({
      ticketId: ticket._id,
      version: ticket.version,
      heading: `${ticket._id}: ${asPlainText(ticket.title)}`,
      status: t(lang, 'ticket.list.status', {
        status: t(lang, `ticket.status.${ticket.status}`),
        when: cardDateTime(ticket.updatedAt, lang, timeZone),
      }),
    })),
    openTitle: t(lang, 'ticket.list.open'),
    openVerb: VERB.ticketRefresh,
    newTicketTitle: t(lang, 'wizard.action.start'),
    newTicketVerb: VERB.wizardStart,
  });
}
