import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import { noticeCard } from '../../cards/noticeCard';
import { t } from '../../i18n';
import type { BotContext } from '../context';
import { localeLang, startTurn, tenantOf } from '../turn';
import type { AppTurnState } from '../state';

/**
 * Whether `tenantId` may use the bot under ALLOWED_TENANT_IDS. An activity that names no tenant never
 * may, even with `*`: every ticket, draft and channel is kept by tenant, and users of no tenant would
 * all share one.
 */
export function tenantAllowed(allowed: '*' | readonly string[], tenantId: string | undefined): boolean {
  if (tenantId === undefined) return false;
  return allowed === '*' || allowed.includes(tenantId.toLowerCase());
}

/**
 * Runs before every route: reads the turn once (see turn.ts) for an allowed tenant; an activity from
 * a tenant ALLOWED_TENANT_IDS does not list, or naming no tenant, gets a short,
 * polite refusal (a message, or for a card action a card) and nothing else happens: no route runs and
 * nothing is read or stored.
 */
export function registerTenantGate(app: Application<AppTurnState>, ctx: BotContext): void {
  app.turn('beforeTurn', async (context) => {
    const tenantId = tenantOf(context);
    if (tenantAllowed(ctx.config.ALLOWED_TENANT_IDS, tenantId)) {
      // Read once, here, what every route needs: language, actor, command, logger.
      startTurn(context, ctx.config.DEFAULT_LOCALE, ctx.log);
      return true;
    }
    const a = context.activity;
    ctx.log.warn(
      { activityId: a.id, activityType: a.type, tenantId: tenantId?.slice(0, 64) ?? null },
      'activity from a tenant that may not use the bot',
    );
    const lang = localeLang(context, ctx.config.DEFAULT_LOCALE);
    if (a.type === ActivityTypes.Message) {
      await context.sendActivity(t(lang, 'tenant.refused'));
    } else if (a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action') {
      // No "Show help" button: for this tenant it would only bring the same refusal again.
      const card = { ...noticeCard(lang, t(lang, 'tenant.refused'), { warning: true }), actions: [] };
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
        },
      });
    }
    return false;
  });
}
