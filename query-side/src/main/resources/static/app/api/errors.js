// Every failure the buyer may meet, in words. The API names each with a stable extensions.code (docs/graphql.md);
// the page shows these words, never the server's JSON.

const WORDS = {
  NETWORK: 'We cannot reach the shop just now. Check your connection and try again.',
  UNEXPECTED_RESPONSE: 'The shop sent an answer we could not read. Please try again.',
  BAD_USER_INPUT: 'Some of the details are not valid. Check them and try again.',
  INVALID_VIN: 'That is not a valid vehicle identification number.',
  INVALID_EMAIL: 'Enter an e-mail address such as name@example.com.',
  INVALID_POSTCODE: 'Enter a UK postcode such as SW1A 1AA.',
  VEHICLE_NOT_FOUND: 'We cannot find that car.',
  CUSTOMER_NOT_FOUND: 'We cannot find your customer account.',
  ORDER_NOT_FOUND: 'We cannot find that order.',
  VEHICLE_NOT_ON_SALE: 'This car is no longer for sale.',
  VEHICLE_RESERVED: 'This car is reserved for another order.',
  VEHICLE_ALREADY_LISTED: 'This car is already listed.',
  CUSTOMER_ALREADY_REGISTERED: 'This account already exists.',
  WEAK_PASSWORD: 'Choose a stronger password: 12 to 64 characters, at least 5 different ones, without your e-mail name.',
  SIGN_UP_DISABLED: 'Accounts are made with the shop’s sign-in provider, not here.',
  EMAIL_ALREADY_REGISTERED: 'An account with this e-mail address already exists. Sign in instead.',
  ORDER_ALREADY_PLACED: 'This order has already been placed.',
  ORDER_NOT_PENDING: 'This order has moved on and can no longer be changed.',
  ORDER_NOT_CANCELLABLE: 'This order can no longer be cancelled.',
  ORDER_NOT_DELIVERABLE: 'This order cannot be marked as delivered.',
  DELIVERY_DAY_NOT_OPENED: 'We do not deliver on that day. Choose another date.',
  CONCURRENT_MODIFICATION: 'Someone else changed this at the same moment. Please try again.',
  UNAUTHENTICATED: 'Please sign in to continue.',
  FORBIDDEN: 'You do not have access to this.',
  TOO_MANY_REQUESTS: 'Too many attempts. Wait a minute, then try again.',
  TOO_MANY_CONNECTIONS: 'Too many open pages of the shop. Close some, then try again.',
  TOO_MANY_SUBSCRIPTIONS: 'Too many live updates are open. Close some pages, then try again.',
  SERVICE_UNAVAILABLE: 'The shop is busy for a moment. Please try again shortly.',
  STALE_READ: 'This page may be a moment out of date. Refresh it shortly.',
  REQUEST_TOO_LARGE: 'That is more than the shop can take at once.',
  QUERY_TOO_DEEP: 'The shop could not answer that request.',
  QUERY_TOO_COMPLEX: 'The shop could not answer that request.',
  TOO_MANY_TOKENS: 'The shop could not answer that request.',
  TOO_MANY_FIELDS: 'The shop could not answer that request.',
  TOO_MANY_ROOT_FIELDS: 'The shop could not answer that request.',
  LIST_TOO_LONG: 'Too many choices at once. Choose fewer and try again.',
  UNSUPPORTED_TRANSPORT: 'The shop could not answer that request.',
  INTERNAL: 'Something went wrong on our side. Please try again later.',
};

/** A refusal or failure, with its code and the words to show. */
export class ApiError extends Error {
  constructor(code, { path = null, errorId = null, retryable = false, field = null } = {}) {
    super(WORDS[code] ?? `Something went wrong (${String(code).slice(0, 40)}). Please try again.`);
    this.name = 'ApiError';
    this.code = code;
    this.path = path;
    this.errorId = errorId;
    /** The input field the server named, e.g. "input.address.postcode", or null. */
    this.field = field;
    this.retryable = retryable || code === 'SERVICE_UNAVAILABLE' || code === 'CONCURRENT_MODIFICATION'
      || code === 'NETWORK';
  }

  /** The words, with the reference of a server fault for support. */
  get words() {
    return this.errorId ? `${this.message} (Reference: ${this.errorId})` : this.message;
  }
}

// Refusals of input name the field first ("input.address.postcode must be …", docs/graphql.md), never the value.
const FIELD = /^(input(?:\.[A-Za-z0-9]+)+)\b/;

/** The first error of a GraphQL response, as an ApiError. */
export function fromGraphqlError(error) {
  const extensions = error?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNEXPECTED_RESPONSE';
  const field = typeof error?.message === 'string' ? FIELD.exec(error.message)?.[1] ?? null : null;
  return new ApiError(code, {
    field,
    path: Array.isArray(error?.path) ? error.path : null,
    errorId: typeof extensions.errorId === 'string' ? extensions.errorId : null,
    retryable: extensions.retryable === true,
  });
}

/** Anything thrown while talking to the API, as an ApiError (an aborted request stays as it is). */
export function asApiError(failure) {
  if (failure instanceof ApiError || failure?.name === 'AbortError') return failure;
  return new ApiError('NETWORK');
}
