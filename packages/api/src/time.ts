import { z } from 'zod';

/** Every timestamp the server sends: ISO 8601 in UTC, as `Date#toISOString` writes it. */
export const Timestamp = z.iso.datetime();
