// Telemetry for the data team (docs/analysts.md, ADR 17): what a buyer searched for, looked at and was offered,
// batched and sent to POST /telemetry in the background. It must never cost the buyer anything: every function
// here returns at once and never throws (whatever it is given), and nothing rejects; events are dropped, not retried, when the browser is
// offline, the queue is full, or the server refuses or cannot be reached.
//
// Nothing personal is sent: no account, no customer id, no address. The session id is a random UUID chosen for
// this tab (sessionStorage), so it ties the events of one visit together and nothing else. Text that looks like an
// e-mail address, a phone number or a card number is not sent (the server would refuse the whole batch).
//
//   import * as telemetry from '/app/telemetry.js';
//   telemetry.searchMade({ text, filters, sort, resultCount, widened, understood }); // a search's first page shown
//   telemetry.vehiclePageViewed(vin);
//   telemetry.deliveryDatesOffered({ vin, dates });                // dates: [{ date: 'yyyy-MM-dd', freeSlots }]
//   telemetry.checkoutAbandoned({ vin, step });                    // SIGN_IN, DELIVERY_DATE, REVIEW, ORDER_REFUSED
//
// The shapes are the JSON Schemas in query-side/src/main/resources/telemetry/schemas/ (fields they do not define
// are refused). Batches go out every few seconds, when 20 events wait, and when the page is hidden or left, with
// navigator.sendBeacon (falling back to fetch with keepalive), so they survive the page.

const ENDPOINT = '/telemetry';
const SESSION_KEY = 'forecourt.telemetry.session';
const FLUSH_AFTER_MS = 5000;
const FLUSH_AT = 20;
const MAX_QUEUE = 200; // more waiting than this (a long time offline-ish): new events are dropped
const MAX_EVENTS_PER_REQUEST = 50; // the schema's maximum
const MAX_BYTES = 15000; // below the server's forecourt.telemetry.max-request-bytes (16384)
const MAX_TEXT = 200; // code points, as the search takes them
const MAX_WORD = 100;

const STEPS = new Set(['SIGN_IN', 'DELIVERY_DATE', 'REVIEW', 'ORDER_REFUSED']);
const SORTS = new Set(['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'YEAR_DESC', 'MILEAGE_ASC', 'NEWEST']);
const FUEL_TYPES = new Set(['PETROL', 'DIESEL', 'HYBRID', 'ELECTRIC']);
const TRANSMISSIONS = new Set(['MANUAL', 'AUTOMATIC']);
const RELAXATIONS = new Set(['FEWER_WORDS', 'SIMILAR_MAKES', 'FILTERS_AS_PREFERENCES']);
const READINGS = new Set(['MAKE', 'FUEL_TYPE', 'TRANSMISSION', 'BODY_TYPE', 'COLOUR', 'FEATURE', 'PRICE', 'YEAR', 'MILEAGE']);
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const queue = [];
let timer = null;
let enabled = true;
let session = null;

/** Turns telemetry off (or on again) for this page, e.g. when the buyer has asked not to be measured. */
export function setEnabled(on) {
  try {
    enabled = Boolean(on);
    if (!enabled) queue.length = 0;
  } catch {
    // never let telemetry fail the page
  }
}

/** The first page of a search was shown: the text typed (if any), the filters, the sort and how many matched. */
export function searchMade(search) {
  guarded(() => {
    const { text, filters, sort, resultCount, widened, understood } = search;
    if (!Number.isInteger(resultCount) || resultCount < 0) return;
    const event = { type: 'SearchMade', resultCount };
    const typed = cleanText(text, MAX_TEXT);
    if (typed === undefined) return; // looks personal, or unusable: not sent at all
    if (typed) event.text = typed;
    const chosen = cleanFilters(filters);
    if (chosen === undefined) return;
    if (Object.keys(chosen).length > 0) event.filters = chosen;
    if (SORTS.has(sort)) event.sort = sort;
    if (RELAXATIONS.has(widened)) event.widened = widened;
    const kinds = Array.isArray(understood) ? understood.filter((kind) => READINGS.has(kind)).slice(0, 20) : [];
    if (kinds.length > 0) event.understood = kinds;
    enqueue(event);
  });
}

/** A car's page was opened. */
export function vehiclePageViewed(vin) {
  guarded(() => {
    const car = cleanVin(vin);
    if (car) enqueue({ type: 'VehiclePageViewed', vin: car });
  });
}

/** The checkout offered these delivery days ({ date: 'yyyy-MM-dd', freeSlots }), possibly none. */
export function deliveryDatesOffered(offer) {
  guarded(() => {
    const { vin, dates } = offer;
    if (!Array.isArray(dates)) return;
    const offered = dates
      .filter((day) => day && DAY.test(day.date) && Number.isInteger(day.freeSlots) && day.freeSlots >= 0)
      .slice(0, 60)
      .map((day) => ({ date: day.date, freeSlots: Math.min(day.freeSlots, 10000) }));
    const event = { type: 'DeliveryDatesOffered', dates: offered };
    const car = cleanVin(vin);
    if (car) event.vin = car;
    enqueue(event);
  });
}

/** The buyer left the checkout of a car at a step, without placing the order. Sent at once: the page may be going. */
export function checkoutAbandoned(abandoned) {
  guarded(() => {
    const { vin, step } = abandoned;
    const car = cleanVin(vin);
    if (car && STEPS.has(step)) {
      enqueue({ type: 'CheckoutAbandoned', vin: car, step });
      flush();
    }
  });
}

/** Sends what waits now; the module also does this by itself. */
export function flush() {
  guarded(() => {
    clearTimeout(timer);
    timer = null;
    if (queue.length === 0) return;
    const events = queue.splice(0, queue.length);
    if (!enabled || (typeof navigator !== 'undefined' && navigator.onLine === false)) return; // offline: dropped
    for (const batch of batches(events)) send(batch);
  });
}

function guarded(work) {
  try {
    work();
  } catch {
    // telemetry never fails a page
  }
}

function enqueue(event) {
  if (!enabled || queue.length >= MAX_QUEUE) return;
  queue.push({ ...event, at: new Date().toISOString() });
  if (queue.length >= FLUSH_AT) flush();
  else if (timer === null) timer = setTimeout(flush, FLUSH_AFTER_MS);
}

/** Requests of at most 50 events and MAX_BYTES each; an event too big on its own is dropped. */
function* batches(events) {
  const sessionId = sessionIdOf();
  const prefix = `{"sessionId":"${sessionId}","events":[`;
  let parts = [];
  let size = prefix.length + 2;
  for (const event of events) {
    const json = JSON.stringify(event);
    const bytes = new TextEncoder().encode(json).length + 1;
    if (prefix.length + 2 + bytes > MAX_BYTES) continue;
    if (parts.length === MAX_EVENTS_PER_REQUEST || size + bytes > MAX_BYTES) {
      yield `${prefix}${parts.join(',')}]}`;
      parts = [];
      size = prefix.length + 2;
    }
    parts.push(json);
    size += bytes;
  }
  if (parts.length > 0) yield `${prefix}${parts.join(',')}]}`;
}

function send(body) {
  const blob = new Blob([body], { type: 'application/json' });
  let queued = false;
  try {
    queued = typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(ENDPOINT, blob);
  } catch {
    queued = false;
  }
  if (queued || typeof fetch !== 'function') return;
  try {
    fetch(ENDPOINT, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
      keepalive: true,
      credentials: 'omit',
    }).catch(() => {});
  } catch {
    // dropped
  }
}

function sessionIdOf() {
  if (session) return session;
  try {
    session = sessionStorage.getItem(SESSION_KEY);
  } catch {
    session = null;
  }
  if (!session || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(session)) {
    session = randomUuid();
    try {
      sessionStorage.setItem(SESSION_KEY, session);
    } catch {
      // private mode: one id for this page only
    }
  }
  return session;
}

function randomUuid() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The server's personal-data rules (PersonalData.java), so that one careless search does not cost a whole batch.
const EMAIL_LIKE = /\S@\S|^@\S|\S@$/;
const DIGIT_RUN = /\+?\(?\d(?:[ .\-/()]{0,2}\d)*/g;
// C0 and C1 controls, surrogates, line and paragraph separators, bidirectional controls, noncharacters
// eslint-disable-next-line no-control-regex
const REFUSED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]/u;

/** The text as the server will store it, '' when blank, or undefined when it cannot be sent. */
function cleanText(value, max) {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return undefined;
  let text = value.normalize('NFC').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
  if (REFUSED.test(text) || /\n/.test(text)) return undefined;
  if (looksPersonal(text)) return undefined;
  const codePoints = Array.from(text);
  if (codePoints.length > max) text = codePoints.slice(0, max).join('').trimEnd();
  return text;
}

function looksPersonal(text) {
  if (EMAIL_LIKE.test(text)) return true;
  for (const [group] of text.matchAll(DIGIT_RUN)) {
    const digits = group.replace(/\D/g, '');
    const phoneLike = (group.startsWith('+') || group.startsWith('(') || digits.startsWith('0'))
      && digits.length >= 10 && digits.length <= 13;
    if (phoneLike) return true;
    if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return true;
  }
  return false;
}

function luhn(digits) {
  let sum = 0;
  let doubled = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let digit = digits.charCodeAt(i) - 48;
    if (doubled) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    doubled = !doubled;
  }
  return sum % 10 === 0;
}

function cleanVin(vin) {
  if (typeof vin !== 'string') return null;
  const car = vin.trim().toUpperCase();
  return VIN.test(car) ? car : null;
}

/** The filters the schema defines, cleaned; undefined when a typed value cannot be sent. */
function cleanFilters(filters) {
  const chosen = {};
  if (!filters || typeof filters !== 'object') return chosen;
  for (const name of ['make', 'bodyType', 'colour']) {
    if (!Array.isArray(filters[name])) continue;
    const words = [];
    for (const value of filters[name].slice(0, 20)) {
      const word = cleanText(value, MAX_WORD);
      if (word === undefined) return undefined;
      if (word) words.push(word);
    }
    if (words.length > 0) chosen[name] = words;
  }
  for (const [name, allowed] of [['fuelType', FUEL_TYPES], ['transmission', TRANSMISSIONS]]) {
    if (!Array.isArray(filters[name])) continue;
    const values = [...new Set(filters[name].filter((value) => allowed.has(value)))];
    if (values.length > 0) chosen[name] = values;
  }
  for (const name of ['minPricePence', 'maxPricePence', 'minMileage', 'maxMileage']) {
    const value = filters[name];
    if (Number.isInteger(value) && value >= 0 && value <= 2147483647) chosen[name] = value;
  }
  for (const name of ['minYear', 'maxYear']) {
    const value = filters[name];
    if (Number.isInteger(value) && value >= 1900 && value <= 9999) chosen[name] = value;
  }
  return chosen;
}

// Hidden or left: send now, while the page can still be sure to (pagehide covers the back-forward cache).
guarded(() => {
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
});
