/**
 * Names for the operator schemas of the contract, aliased from the generated types (never written
 * by hand): change `openapi/sportello.yaml` and run `npm run generate` to change one.
 */
import type { components } from '@sportello/sdk';

type Schemas = components['schemas'];

/** The signed-in operator, as the token's claims say. */
export type Operator = Schemas['Operator'];
/** A booking as its building's administrator sees it for delivery. */
export type OperatorBooking = Schemas['OperatorBooking'];
/** A page of bookings. */
export type OperatorBookingList = Schemas['OperatorBookingList'];
/** Bookings to move forward, and to which state. */
export type DeliveryUpdate = Schemas['DeliveryUpdate'];
/** Each booking of an update with its outcome. */
export type DeliveryUpdateResult = Schemas['DeliveryUpdateResult'];
/** What the holder presents at the till, and the amount. */
export type RedemptionRequest = Schemas['RedemptionRequest'];
/** A redemption as the shop that made it sees it. */
export type ShopRedemption = Schemas['ShopRedemption'];
/** A shop's redemptions of a day and their total. */
export type ShopRedemptionList = Schemas['ShopRedemptionList'];
