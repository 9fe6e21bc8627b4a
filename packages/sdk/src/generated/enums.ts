// Generated from openapi/sportello.yaml by `npm run generate`. Do not edit by hand.


import type { components } from './api';

type S = components['schemas'];

/** ProblemType: every value, in the contract's order. */
export const PROBLEM_TYPE_VALUES = ["urn:sportello:problem:validation-error","urn:sportello:problem:malformed-request","urn:sportello:problem:unauthorized","urn:sportello:problem:forbidden-origin","urn:sportello:problem:not-found","urn:sportello:problem:round-not-found","urn:sportello:problem:round-full","urn:sportello:problem:window-closed","urn:sportello:problem:already-booked","urn:sportello:problem:building-not-in-network","urn:sportello:problem:booking-not-found","urn:sportello:problem:not-cancellable","urn:sportello:problem:voucher-not-found","urn:sportello:problem:event-not-found","urn:sportello:problem:event-full","urn:sportello:problem:already-registered","urn:sportello:problem:registration-closed","urn:sportello:problem:ticket-not-found","urn:sportello:problem:idempotency-key-reused","urn:sportello:problem:idempotency-in-flight","urn:sportello:problem:payload-too-large","urn:sportello:problem:unsupported-media-type","urn:sportello:problem:rate-limited","urn:sportello:problem:internal-error","urn:sportello:problem:service-unavailable","urn:sportello:problem:forbidden","urn:sportello:problem:invalid-transition","urn:sportello:problem:insufficient-balance","urn:sportello:problem:voucher-not-active","urn:sportello:problem:void-window-closed","urn:sportello:problem:redemption-not-found","urn:sportello:problem:registration-not-found","urn:sportello:problem:stock-below-booked","urn:sportello:problem:round-exists"] as const satisfies readonly S['ProblemType'][];

/** FieldErrorCode: every value, in the contract's order. */
export const FIELD_ERROR_CODE_VALUES = ["required","format","check-character","too-long","too-short","out-of-range","not-allowed","consent-required"] as const satisfies readonly S['FieldErrorCode'][];

/** Lang: every value, in the contract's order. */
export const LANG_VALUES = ["it","en"] as const satisfies readonly S['Lang'][];

/** RoundState: every value, in the contract's order. */
export const ROUND_STATE_VALUES = ["upcoming","open","closed"] as const satisfies readonly S['RoundState'][];

/** BookingState: every value, in the contract's order. */
export const BOOKING_STATE_VALUES = ["confirmed","assigned","delivered","cancelled"] as const satisfies readonly S['BookingState'][];

/** VoucherState: every value, in the contract's order. */
export const VOUCHER_STATE_VALUES = ["active","exhausted","expired","revoked"] as const satisfies readonly S['VoucherState'][];

/** Shop.kind: every value, in the contract's order. */
export const SHOP_KIND_VALUES = ["supermarket","grocery","bakery","butcher","greengrocer","pharmacy"] as const satisfies readonly NonNullable<S['Shop']['kind']>[];

/** EventCategory: every value, in the contract's order. */
export const EVENT_CATEGORY_VALUES = ["culture","movement","digital-skills","social","workshops"] as const satisfies readonly S['EventCategory'][];

/** Recurrence.frequency: every value, in the contract's order. */
export const RECURRENCE_FREQUENCY_VALUES = ["weekly"] as const satisfies readonly NonNullable<S['Recurrence']['frequency']>[];

/** Event.programme: every value, in the contract's order. */
export const EVENT_PROGRAMME_VALUES = ["prometeo-club","prometeo-home"] as const satisfies readonly NonNullable<S['Event']['programme']>[];

/** RegistrationState: every value, in the contract's order. */
export const REGISTRATION_STATE_VALUES = ["registered","waitlisted"] as const satisfies readonly S['RegistrationState'][];

/** HelpTopicId: every value, in the contract's order. */
export const HELP_TOPIC_ID_VALUES = ["homework","apps-and-accounts","everyday-tasks","psychological-support","other"] as const satisfies readonly S['HelpTopicId'][];

/** HelpContact.preferredChannel: every value, in the contract's order. */
export const HELP_CONTACT_PREFERRED_CHANNEL_VALUES = ["phone","email"] as const satisfies readonly NonNullable<S['HelpContact']['preferredChannel']>[];

/** HelpContact.preferredTime: every value, in the contract's order. */
export const HELP_CONTACT_PREFERRED_TIME_VALUES = ["morning","afternoon","evening","any"] as const satisfies readonly NonNullable<S['HelpContact']['preferredTime']>[];

/** HelpRequestCreate.forWhom: every value, in the contract's order. */
export const HELP_REQUEST_CREATE_FOR_WHOM_VALUES = ["myself","someone-i-care-for"] as const satisfies readonly NonNullable<S['HelpRequestCreate']['forWhom']>[];

/** HelpTicketState: every value, in the contract's order. */
export const HELP_TICKET_STATE_VALUES = ["received","assigned","scheduled","closed"] as const satisfies readonly S['HelpTicketState'][];

/** OperatorRole: every value, in the contract's order. */
export const OPERATOR_ROLE_VALUES = ["administrator","shop","coordinator","volunteer","support-professional","organiser","city"] as const satisfies readonly S['OperatorRole'][];

/** DeliveryUpdate.state: every value, in the contract's order. */
export const DELIVERY_UPDATE_STATE_VALUES = ["assigned","delivered"] as const satisfies readonly NonNullable<S['DeliveryUpdate']['state']>[];

/** RedemptionVoid.reason: every value, in the contract's order. */
export const REDEMPTION_VOID_REASON_VALUES = ["wrong-amount","wrong-voucher","purchase-cancelled"] as const satisfies readonly NonNullable<S['RedemptionVoid']['reason']>[];

/** OperatorHelpRequest.forWhom: every value, in the contract's order. */
export const OPERATOR_HELP_REQUEST_FOR_WHOM_VALUES = ["myself","someone-i-care-for"] as const satisfies readonly NonNullable<S['OperatorHelpRequest']['forWhom']>[];

/** HelpOutcome: every value, in the contract's order. */
export const HELP_OUTCOME_VALUES = ["helped","referred","not-reachable","withdrawn"] as const satisfies readonly S['HelpOutcome'][];

/** AttendanceEntry.state: every value, in the contract's order. */
export const ATTENDANCE_ENTRY_STATE_VALUES = ["registered","waitlisted","cancelled"] as const satisfies readonly NonNullable<S['AttendanceEntry']['state']>[];

/** RegistrationCancellationRequest.reason: every value, in the contract's order. */
export const REGISTRATION_CANCELLATION_REQUEST_REASON_VALUES = ["person-asked","no-show","duplicate"] as const satisfies readonly NonNullable<S['RegistrationCancellationRequest']['reason']>[];

/** VoucherRevocation.reason: every value, in the contract's order. */
export const VOUCHER_REVOCATION_REASON_VALUES = ["issued-by-mistake","holder-not-eligible","lost"] as const satisfies readonly NonNullable<S['VoucherRevocation']['reason']>[];

/** The contract's patterns of named string schemas (for checks before a request). */
export const PATTERNS = {
  TaxCode: "^\\s*[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[ABCDEHLMPRSTabcdehlmprst][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\\s*$",
  Cap: "^101(2[1-9]|[34][0-9]|5[0-6])$",
  Phone: "^\\s*(\\+39|0039)?[\\s.\\-/()]*(0([\\s.\\-/()]*[0-9]){5,10}|3([\\s.\\-/()]*[0-9]){8,9})\\s*$",
  GivenName: "\\S",
  FamilyName: "\\S",
  BookingCode: "^PR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$",
  VoucherCode: "^BS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$",
  TicketCode: "^PC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$",
  BuildingCode: "^[A-Za-z]{2}-?[0-9]{4}$",
  CivicNumber: "^[0-9]{1,4}(\\s?(/?[A-Za-z]|bis|BIS))?$",
  EventId: "^[a-z0-9-]{3,60}$",
} as const;
