// X-Request-Id: kept from the client when well-formed, generated otherwise; echoed back.
export { requestId } from 'hono/request-id';
