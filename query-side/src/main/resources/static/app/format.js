// How the storefront writes amounts, dates and the API's enum values for people (British English).

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const wholePounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const numbers = new Intl.NumberFormat('en-GB');
const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** 1649500 → "£16,495" (pence are shown only when there are some). */
export function money(pence) {
  if (pence == null) return '';
  return (pence % 100 === 0 ? wholePounds : pounds).format(pence / 100);
}

export function miles(mileage) {
  return `${numbers.format(mileage)} miles`;
}

/** An ISO date ("2030-03-01") as the buyer's calendar day, never shifted by time zones. */
export function day(isoDate) {
  const [year, month, date] = isoDate.split('-').map(Number);
  return longDate.format(new Date(year, month - 1, date));
}

export function when(isoInstant) {
  return moment.format(new Date(isoInstant));
}

/** Today + days, as an ISO date in the buyer's time zone. */
export function isoDay(daysFromToday) {
  const date = new Date();
  date.setDate(date.getDate() + daysFromToday);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const WORDS = {
  PETROL: 'Petrol', DIESEL: 'Diesel', HYBRID: 'Hybrid', ELECTRIC: 'Electric',
  MANUAL: 'Manual', AUTOMATIC: 'Automatic',
  AVAILABLE: 'For sale', RESERVED: 'Reserved', SOLD: 'Sold', WITHDRAWN: 'No longer for sale',
  PENDING: 'Waiting for confirmation', CONFIRMED: 'Confirmed', REJECTED: 'Not accepted', CANCELLED: 'Cancelled',
  DELIVERED: 'Delivered',
};

/** An enum value of the API in words ("PETROL" → "Petrol"); other values (makes, body types) as they are. */
export function words(value) {
  return WORDS[value] ?? value;
}

const REJECTIONS = {
  VEHICLE_UNAVAILABLE: 'Another buyer reserved this car first, or it was taken off sale.',
  CREDIT_LIMIT_EXCEEDED: 'The price of the car is more than your available credit.',
  NO_DELIVERY_SLOT: 'The delivery day you chose is now fully booked.',
  UNKNOWN_CUSTOMER: 'We could not find your customer account.',
  CHECKOUT_TIMED_OUT: 'The order could not be completed in time.',
};

/** Why an order was rejected, in words. */
export function rejection(reason) {
  return REJECTIONS[reason] ?? 'The order could not be accepted.';
}
