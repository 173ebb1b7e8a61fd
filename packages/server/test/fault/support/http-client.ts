// A small JSON client for a server process on loopback, signed in with a bearer token.
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server-process.ts';

export interface Reply {
  status: number;
  headers: Headers;
  json: unknown;
}

export class Client {
  constructor(
    public baseUrl: string,
    private readonly token?: string,
  ) {}

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    timeoutMs = 10_000,
  ): Promise<Reply> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...this.authHeaders(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
  }

  /** The Authorization header of this client (for requests it does not make itself). */
  authHeaders(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }

  /** The same client against another process of the same database. */
  at(baseUrl: string): Client {
    return new Client(baseUrl, this.token);
  }
}

/** Signs in as the admin the process created and trades the session for a bearer token. */
export async function adminClient(baseUrl: string): Promise<Client> {
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  if (login.status !== 200)
    throw new Error(`sign-in answered ${login.status}: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const token = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({ name: 'fault tests' }),
  });
  if (token.status !== 201)
    throw new Error(`token answered ${token.status}: ${await token.text()}`);
  return new Client(baseUrl, ((await token.json()) as { token: string }).token);
}
