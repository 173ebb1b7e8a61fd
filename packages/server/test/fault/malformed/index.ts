// Requests no correct client sends. Every one must get a 4xx problem+json and change nothing.
import { badBodies } from './bodies.ts';
import type { CorpusTarget, MalformedRequest } from './corpus-types.ts';
import { badStringsAndHeaders } from './strings-and-headers.ts';
import { badValues } from './values.ts';

export type { CorpusTarget, MalformedRequest } from './corpus-types.ts';

export function malformedCorpus(t: CorpusTarget): MalformedRequest[] {
  return [...badBodies(t), ...badValues(t), ...badStringsAndHeaders(t)];
}
