/** What services need from the outside world. Implementations live in src/storage and src/bot. */

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
