/**
 * Every bound on what the bot accepts from the network, in one table. The HTTP body reader, the
 * activity envelope, the command matchers and the stores read their limits from here, so a value the
 * envelope lets through is never refused further down.
 */
export const INPUT_LIMITS = {
  /** Bytes of request body read and parsed. Compressed bodies are refused, so these are the bytes parsed. */
  bodyBytes: 256 * 1024,
  /** How long a request may take to send its body. */
  bodyReadMs: 15_000,
  /** Nesting depth of the JSON body (Teams activities nest about 8 deep). */
  jsonDepth: 64,
  /** The Authorization header (a Bot Framework token is about 1.5 KB). */
  authorizationChars: 8 * 1024,
  /** Message text. Longer than Teams ever sends; the FAQ reads at most MAX_QUESTION_LENGTH of it. */
  textChars: 100_000,
  /** Text longer than this is never a command ("help", "new ticket", ...), so no command pattern reads it. */
  commandChars: 200,
  /** Ids of activities, users, conversations, tenants, teams and channels. */
  idChars: 256,
  /** The bot's own id (recipient.id), "28:" and an app id. */
  botIdChars: 128,
  /** channelId, e.g. "msteams". */
  channelIdChars: 64,
  /** A BCP 47 locale such as "pl-PL"; the feedback store keeps it as sent. */
  localeChars: 20,
  /** A display name (Microsoft Entra allows 256 characters). */
  nameChars: 256,
  /** Card data and inputs (`value`), as JSON text. */
  valueChars: 64 * 1024,
  attachments: 32,
  entities: 64,
  /** membersAdded / membersRemoved of a conversation update. */
  members: 1000,
  serviceUrlChars: 2048,
} as const;

/** Bounds on what the bot sends to Teams. */
export const OUTPUT_LIMITS = {
  /** Teams refuses a message larger than about 28 KB: the whole activity, its cards included. */
  messageBytes: 28 * 1024,
  /**
   * Kept free for what a message carries besides what the bot builds: the conversation, from,
   * recipient and reply-to ids (each up to INPUT_LIMITS.idChars), the service URL, timestamps.
   */
  envelopeBytes: 2 * 1024,
  /**
   * The most a card takes as JSON: a ticket card, a wizard step or review. What is left to the
   * message around it (its type and attachment, some 100 bytes) stays well inside messageBytes less
   * envelopeBytes.
   */
  cardBytes: 25 * 1024,
} as const;
