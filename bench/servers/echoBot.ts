import type { AddressInfo } from 'node:net';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} from 'botbuilder';
import restify from 'restify';
import { serveParent } from '../children';

/**
 * The baseline: a stock botbuilder echo bot (CloudAdapter, ActivityHandler, restify with its body
 * parser), authentication off, exactly as botbuilder's echo sample wires it. Nothing of the product
 * runs here: it is what any bot on this stack costs.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = `Echo: ${context.activity.text ?? ''}`;
      await context.sendActivity(MessageFactory.text(text, text));
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`[onTurnError] ${String(error)}`);
  await context.sendActivity('The bot encountered an error or bug.');
};
const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.listen(0, '127.0.0.1', () => {
  serveParent((server.server.address() as AddressInfo).port, {});
});
process.once('SIGTERM', () => process.exit(0));
