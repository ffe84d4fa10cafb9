/** Bounds a fact pack must stay within once read (its size in bytes is part of the protocol: messaging/schemas.ts). */
export const MAX_PACK_FACTS = 10_000;
export const MAX_TEXT_LENGTH = 500;
