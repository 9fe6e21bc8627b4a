/**
 * The booking widget's pure logic, tested under Node: the steps, the household quantity, each
 * field's check, the API's JSON pointers, and the form turned into the contract's request bodies.
 * No DOM, no Lit.
 */
import { PATTERNS, type BookingLookup, type BookingRequest, type BuildingQuery, type FieldErrorCode, type Round } from '@sportello/sdk';
import { checkCode, checkEmail, checkPhone, checkTaxCode, checkTurinCap, type CheckResult } from '@sportello/sdk/checks';

/** The steps of a booking, in order. */
export const STEPS = ['round', 'applicant', 'building', 'contact', 'review'] as const;

/** One step of a booking. */
export type Step = (typeof STEPS)[number];

/** The step after `step` (the last stays put). */
export const nextStep = (step: Step): Step => STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)]!;

/** The step before `step` (the first stays put). */
export const previousStep = (step: Step): Step => STEPS[Math.max(STEPS.indexOf(step) - 1, 0)]!;

/** 1-based position of a step, for "step 2 of 5". */
export const stepNumber = (step: Step): number => STEPS.indexOf(step) + 1;

/** How the building is given: the administrator's code, or the address. */
export type BuildingMode = 'code' | 'address';

/** How the resident wants to be reached. */
export type ContactMethod = 'phone' | 'email';

/** What the person has typed, exactly as typed (normalized only when sent). */
export interface BookingForm {
  roundId: string;
  taxCode: string;
  givenName: string;
  familyName: string;
  householdSize: string;
  buildingMode: BuildingMode;
  buildingCode: string;
  street: string;
  civicNumber: string;
  cap: string;
  contactMethod: ContactMethod;
  phone: string;
  email: string;
  consent: boolean;
}

/** A blank form, with what the page may prefill (a round, an administrator's building code). */
export function emptyForm(prefill: { roundId?: string; buildingCode?: string } = {}): BookingForm {
  return {
    roundId: prefill.roundId ?? '',
    taxCode: '',
    givenName: '',
    familyName: '',
    householdSize: '1',
    buildingMode: 'code',
    buildingCode: prefill.buildingCode ?? '',
    street: '',
    civicNumber: '',
    cap: '',
    contactMethod: 'phone',
    phone: '',
    email: '',
    consent: false,
  };
}

/** The id of each control of the booking form. */
export type FieldId =
  | 'round-id'
  | 'tax-code'
  | 'given-name'
  | 'family-name'
  | 'household-size'
  | 'building-mode'
  | 'building-code'
  | 'street'
  | 'civic-number'
  | 'cap'
  | 'contact-method'
  | 'phone'
  | 'email'
  | 'consent';

/** The fields each step shows, in the order they appear. */
export const STEP_FIELDS: Readonly<Record<Step, readonly FieldId[]>> = {
  round: ['round-id'],
  applicant: ['tax-code', 'given-name', 'family-name', 'household-size'],
  building: ['building-mode', 'building-code', 'street', 'civic-number', 'cap'],
  contact: ['contact-method', 'phone', 'email', 'consent'],
  review: [],
};

/** The step a field is on. */
export function stepOf(id: FieldId): Step {
  return STEPS.find((s) => STEP_FIELDS[s].includes(id)) ?? 'review';
}

/** JSON pointers of `BookingRequest` (as the API names them in field errors) → controls. */
export const BOOKING_POINTERS: Readonly<Record<string, FieldId>> = {
  '/roundId': 'round-id',
  '/applicant/taxCode': 'tax-code',
  '/applicant/givenName': 'given-name',
  '/applicant/familyName': 'family-name',
  '/householdSize': 'household-size',
  '/building/buildingCode': 'building-code',
  '/building/street': 'street',
  '/building/civicNumber': 'civic-number',
  '/building/cap': 'cap',
  '/contact': 'phone',
  '/contact/phone': 'phone',
  '/contact/email': 'email',
  '/privacyConsent': 'consent',
};

/** JSON pointers of `BuildingQuery` → controls. */
export const BUILDING_POINTERS: Readonly<Record<string, FieldId>> = {
  '/buildingCode': 'building-code',
  '/street': 'street',
  '/civicNumber': 'civic-number',
  '/cap': 'cap',
};

/** JSON pointers of `BookingLookup` → the "manage my booking" controls. */
export const LOOKUP_POINTERS: Readonly<Record<string, string>> = {
  '/bookingCode': 'manage-code',
  '/taxCode': 'manage-tax-code',
};

/** The allowance of a round, for "5 per person, households of 1 to 12". */
export type Allowance = Pick<Round, 'unitsPerPerson' | 'maxHouseholdSize'>;

/** Household size as typed → people, or why it is not acceptable for this round. */
export function checkHouseholdSize(input: string, allowance: Allowance): { ok: true; value: number } | { ok: false; code: FieldErrorCode } {
  const s = input.trim();
  if (s === '') return { ok: false, code: 'required' };
  if (!/^\d{1,3}$/.test(s)) return { ok: false, code: 'format' };
  const n = Number(s);
  if (n < 1 || n > allowance.maxHouseholdSize) return { ok: false, code: 'out-of-range' };
  return { ok: true, value: n };
}

/** Units a household receives: its size times the round's allowance; `undefined` while invalid. */
export function quantityFor(householdSize: string, allowance: Allowance): number | undefined {
  const size = checkHouseholdSize(householdSize, allowance);
  return size.ok ? size.value * allowance.unitsPerPerson : undefined;
}

const required = (input: string): CheckResult => (input.trim() === '' ? { ok: false, code: 'required' } : { ok: true, value: input.trim() });

/** A name: 1 to 80 characters once trimmed (the contract's `GivenName`/`FamilyName`). */
export function checkName(input: string): CheckResult {
  const r = required(input);
  if (r.ok && r.value.length > 80) return { ok: false, code: 'too-long' };
  return r;
}

/** An administrator's building code, `TO-0412` (hyphen optional, any case). */
export function checkBuildingCode(input: string): CheckResult {
  const r = required(input);
  if (!r.ok) return r;
  const m = /^([A-Za-z]{2})-?([0-9]{4})$/.exec(r.value);
  return m ? { ok: true, value: `${m[1]!.toUpperCase()}-${m[2]}` } : { ok: false, code: 'format' };
}

/** A street name without its number: 2 to 120 characters. */
export function checkStreet(input: string): CheckResult {
  const r = required(input);
  if (!r.ok) return r;
  if (r.value.length < 2) return { ok: false, code: 'too-short' };
  if (r.value.length > 120) return { ok: false, code: 'too-long' };
  return r;
}

// The contract's own pattern (generated), so the widget and the API accept the same civic numbers.
const CIVIC_NUMBER = new RegExp(PATTERNS.CivicNumber);

/** A civic number, with an optional letter or "bis": `150`, `66/B`, `140 bis`. */
export function checkCivicNumber(input: string): CheckResult {
  const r = required(input);
  if (!r.ok) return r;
  return CIVIC_NUMBER.test(r.value) ? r : { ok: false, code: 'format' };
}

/** Checks one control of the booking form; `undefined` when it is fine (or not in use). */
export function fieldError(id: FieldId, form: BookingForm, allowance: Allowance | undefined): FieldErrorCode | undefined {
  const fail = (r: CheckResult) => (r.ok ? undefined : r.code);
  switch (id) {
    case 'round-id':
      return form.roundId ? undefined : 'required';
    case 'tax-code':
      return fail(checkTaxCode(form.taxCode));
    case 'given-name':
      return fail(checkName(form.givenName));
    case 'family-name':
      return fail(checkName(form.familyName));
    case 'household-size': {
      const r = checkHouseholdSize(form.householdSize, allowance ?? { unitsPerPerson: 1, maxHouseholdSize: 12 });
      return r.ok ? undefined : r.code;
    }
    case 'building-code':
      return form.buildingMode === 'code' ? fail(checkBuildingCode(form.buildingCode)) : undefined;
    case 'street':
      return form.buildingMode === 'address' ? fail(checkStreet(form.street)) : undefined;
    case 'civic-number':
      return form.buildingMode === 'address' ? fail(checkCivicNumber(form.civicNumber)) : undefined;
    case 'cap':
      return form.buildingMode === 'address' ? fail(checkTurinCap(form.cap)) : undefined;
    case 'phone':
      return form.contactMethod === 'phone' ? fail(checkPhone(form.phone)) : undefined;
    case 'email':
      return form.contactMethod === 'email' ? fail(checkEmail(form.email)) : undefined;
    case 'consent':
      return form.consent ? undefined : 'consent-required';
    default:
      return undefined;
  }
}

/** Every error of a step, in the order its fields appear. */
export function stepErrors(step: Step, form: BookingForm, allowance: Allowance | undefined): [FieldId, FieldErrorCode][] {
  return STEP_FIELDS[step].flatMap((id) => {
    const code = fieldError(id, form, allowance);
    return code ? [[id, code] as [FieldId, FieldErrorCode]] : [];
  });
}

/** The building as the API expects it; `undefined` while its fields are invalid. */
export function toBuildingQuery(form: BookingForm): BuildingQuery | undefined {
  if (form.buildingMode === 'code') {
    const code = checkBuildingCode(form.buildingCode);
    return code.ok ? { buildingCode: code.value } : undefined;
  }
  const street = checkStreet(form.street);
  const civic = checkCivicNumber(form.civicNumber);
  const cap = checkTurinCap(form.cap);
  return street.ok && civic.ok && cap.ok ? { street: street.value, civicNumber: civic.value, cap: cap.value } : undefined;
}

/** A key that changes whenever the building the person asks for changes. */
export function buildingKey(form: BookingForm): string {
  return JSON.stringify(toBuildingQuery(form) ?? null);
}

/**
 * The booking request for the form, with every value normalized (upper-case codice fiscale,
 * E.164 phone, trimmed names); `undefined` while any field is invalid.
 */
export function toBookingRequest(form: BookingForm, allowance: Allowance, lang: 'it' | 'en'): BookingRequest | undefined {
  const ids = STEPS.flatMap((s) => STEP_FIELDS[s]);
  if (ids.some((id) => fieldError(id, form, allowance))) return undefined;
  const building = toBuildingQuery(form)!;
  const household = checkHouseholdSize(form.householdSize, allowance);
  const contact =
    form.contactMethod === 'phone'
      ? { phone: (checkPhone(form.phone) as { value: string }).value }
      : { email: (checkEmail(form.email) as { value: string }).value };
  return {
    roundId: form.roundId,
    applicant: {
      taxCode: (checkTaxCode(form.taxCode) as { value: string }).value,
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
    },
    householdSize: household.ok ? household.value : 1,
    building,
    contact,
    privacyConsent: true,
    lang,
  };
}

/** The same request, written the same way: when it changes, a new idempotency key is due. */
export function requestFingerprint(body: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)])) : v;
  return JSON.stringify(sort(body));
}

/** The booking look-up for "manage my booking", or each field's error. */
export function toBookingLookup(code: string, taxCode: string): { ok: true; value: BookingLookup } | { ok: false; errors: [string, FieldErrorCode][] } {
  const c = checkCode('PR', code);
  const t = checkTaxCode(taxCode);
  const errors: [string, FieldErrorCode][] = [];
  if (!c.ok) errors.push(['manage-code', c.code]);
  if (!t.ok) errors.push(['manage-tax-code', t.code]);
  return c.ok && t.ok ? { ok: true, value: { bookingCode: c.value, taxCode: t.value } } : { ok: false, errors };
}

/** What the round list means for the person: the rounds open now and the next to open. */
export interface RoundChoice {
  open: Round[];
  /** The round to book: the preselected one if open, else the only open one. */
  selected: Round | undefined;
  /** The earliest upcoming round, to say when booking opens next. */
  next: Round | undefined;
}

/** Picks the rounds to offer from the API's list (open and upcoming, any order). */
export function chooseRound(rounds: readonly Round[], preferred: string | undefined): RoundChoice {
  const open = rounds.filter((r) => r.state === 'open').sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
  const next = rounds.filter((r) => r.state === 'upcoming').sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt))[0];
  const selected = open.find((r) => r.id === preferred) ?? (open.length === 1 ? open[0] : undefined);
  return { open, selected, next };
}
