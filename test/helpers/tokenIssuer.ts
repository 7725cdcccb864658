import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer of Bot Framework channel tokens, as botbuilder checks it. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenOptions {
  /** Header `kid`; default the issuer's published key. */
  kid?: string;
  /** Sign with a key the issuer never published (a forged token with a real key id). */
  foreignKey?: boolean;
  /** Seconds from now; negative for an expired token. Default 600. */
  expiresIn?: number;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * Stands in for the Bot Framework token service in integration tests: publishes an OpenID
 * configuration and one RSA signing key (endorsed for msteams), and signs channel tokens with it.
 */
export class TokenIssuer {
  readonly kid = 'test-signing-key';
  private readonly key = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private server?: Server;
  private base = '';
  /** Requests the issuer answered (OpenID configuration and keys). */
  requests = 0;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests += 1;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openidconfiguration') {
        res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.base}/keys` }));
        return;
      }
      if (req.url === '/keys') {
        const jwk = this.key.publicKey.export({ format: 'jwk' });
        res.end(JSON.stringify({ keys: [{ ...jwk, kid: this.kid, use: 'sig', endorsements: ['msteams'] }] }));
        return;
      }
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((done) => this.server?.listen(0, '127.0.0.1', done));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Where botbuilder reads the OpenID configuration (ToBotFromChannelOpenIdMetadataUrl). */
  get metadataUrl(): string {
    return `${this.base}/.well-known/openidconfiguration`;
  }

  /**
   * botbuilder's authentication settings: the public cloud's, with channel tokens checked against this
   * issuer. botbuilder takes all of them or none, so the public-cloud values are spelled out.
   */
  authenticationConfig(metadataUrl = this.metadataUrl) {
    return {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
      ToChannelFromBotOAuthScope: CHANNEL_ISSUER,
      ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      OAuthUrl: CHANNEL_ISSUER,
      ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl:
        'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
      CallerId: 'urn:botframework:azure',
    };
  }

  /** A channel token for `appId` and `serviceUrl`, as the Bot Framework would send it. */
  token(appId: string, serviceUrl: string, options: TokenOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? this.kid };
    const payload = {
      iss: CHANNEL_ISSUER,
      aud: appId,
      serviceurl: serviceUrl,
      nbf: now - 60,
      exp: now + (options.expiresIn ?? 600),
    };
    const signed = `${base64url(header)}.${base64url(payload)}`;
    const key: KeyObject = options.foreignKey ? this.foreign.privateKey : this.key.privateKey;
    return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), key).toString('base64url')}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.server?.close(() => done()));
  }
}
