// The shape of the malformed-input corpus: requests no correct client sends.

export interface CorpusTarget {
  dealId: string;
  dealRevision: number;
  /** An Idempotency-Key the manager already used for a successful move of the deal. */
  usedKey: string;
}

export interface MalformedRequest {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT';
  path: string;
  as: 'manager' | 'admin' | 'anonymous';
  headers?: Record<string, string>;
  /** Raw body text, a stream, or a JSON value (sent as application/json). */
  raw?: string | (() => ReadableStream<Uint8Array>);
  json?: unknown;
  /** The status when one is required; otherwise any 4xx. */
  status?: number;
}

/** The card every request aims at, and a helper collecting the requests of one part. */
export function corpusPart(t: CorpusTarget) {
  const card = `/api/cards/${t.dealId}`;
  const move = `${card}/transitions`;
  const ifMatch = { 'if-match': `"${t.dealRevision}"` };
  const requests: MalformedRequest[] = [];
  const add = (r: MalformedRequest) => requests.push(r);
  return { card, move, ifMatch, requests, add };
}
