// Generated from openapi/sportello.yaml by `npm run generate`. Do not edit by hand.

export interface paths {
    "/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service health
         * @description Answers `200` when the service and its database are up, `503` when they are not.
         */
        get: operations["show_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ppe/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Distribution rounds
         * @description Distribution rounds of protective equipment, newest first. Without `state`, open and upcoming
         *     rounds are returned, so a form can say when the next one opens.
         */
        get: operations["list_ppe_rounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ppe/building-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a building in the administrators' network
         * @description Finds the building that equipment will be delivered to, either by the code its condominium
         *     administrator gives residents or by street, civic number and CAP. Answers `404`
         *     (`building-not-in-network`) when the building is not served by an administrator in the
         *     network; the resident should then use the city's contact centre instead.
         */
        post: operations["resolve_ppe_building"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ppe/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book protective equipment for a household
         * @description Books equipment for the applicant's household in an open round. The quantity is the household
         *     size times the round's allowance per person. One booking per codice fiscale per round; a round
         *     is never booked beyond its stock.
         *
         *     Outcomes besides `201`: `409` `round-full`, `409` `already-booked`, `409` `window-closed`, `404`
         *     `building-not-in-network`, `404` `round-not-found`. An already-booked answer reveals nothing of
         *     the existing booking (no code, no detail): a codice fiscale can be worked out from public facts.
         */
        post: operations["create_ppe_booking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ppe/booking-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look a booking up
         * @description Finds a booking by its code and the applicant's codice fiscale. A code that does not exist and
         *     a code that belongs to someone else both answer `404` `booking-not-found`.
         */
        post: operations["find_ppe_booking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ppe/bookings/{bookingCode}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Cancels a booking while it is still `confirmed` (the administrator has not taken it for
         *     delivery yet); its units go back to the round's stock. Cancelling a cancelled booking answers
         *     the booking again. A booking already assigned or delivered answers `409` `not-cancellable`.
         */
        post: operations["cancel_ppe_booking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vouchers/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a grocery voucher
         * @description Shows a voucher's status, balance, expiry and recent redemptions to its holder. The code alone
         *     reveals nothing: an unknown code and a code whose holder has another codice fiscale both answer
         *     `404` `voucher-not-found`, and repeated attempts are rate-limited strictly.
         */
        post: operations["check_voucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vouchers/shops": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Participating shops
         * @description Shops that accept grocery vouchers, in a district or near a CAP, by name.
         */
        get: operations["list_voucher_shops"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities in a date range
         * @description Activities that start within `[from, to)`, in start order. Weekly series are expanded: every
         *     occurrence is its own event with its own seats, sharing a `seriesId` and `recurrence`. A range
         *     that does not end after it starts, or is longer than 100 days, answers `400 validation-error`
         *     with `{ pointer: /query/to, code: out-of-range }` (JSON Schema cannot compare two parameters).
         */
        get: operations["list_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity
         * @description One activity (one occurrence of a series), with its seats left.
         */
        get: operations["show_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity as an iCalendar file
         * @description The activity as an iCalendar (RFC 5545) file with a `VTIMEZONE` for Europe/Rome, to add it to a
         *     personal calendar.
         */
        get: operations["show_event_calendar_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{eventId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register for an activity
         * @description Registers a person, optionally with one companion or caregiver, for an activity. When the
         *     activity has fewer seats left than needed the answer is `409` `event-full` with the current
         *     `waitingListLength`; sending the request again with `waitingList: true` puts the person on the
         *     waiting list (`201` with status `waitlisted` and a position). The same contact registered twice
         *     for one activity answers `409` `already-registered`.
         */
        post: operations["create_event_registration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Help topics
         * @description What the volunteers can help with, each with a one-line explanation in the asked language.
         */
        get: operations["list_help_topics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the community concierge for help
         * @description Files a help request and answers its ticket code. Psychological support is health data (GDPR
         *     art. 9): it needs `healthDataConsent: true` besides the privacy consent. The description is
         *     never logged nor echoed back.
         */
        post: operations["create_help_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help/request-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A help request's status
         * @description Finds a help request by its ticket code and the phone number or e-mail address given with it.
         *     An unknown ticket and a wrong contact both answer `404` `ticket-not-found`.
         */
        post: operations["find_help_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in
         * @description The operator the bearer token names: roles and what they may act on (buildings, shop, activities), from the token's claims.
         */
        get: operations["show_operator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/ppe/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bookings of my buildings
         * @description A condominium administrator's bookings for a round in the buildings they manage, with what delivery
         *     needs (recipient's name, household size, units) and nothing more; newest first, paged, by state.
         *     A building that is not theirs answers `403`. Every call is recorded in the audit log.
         */
        get: operations["list_operator_bookings"];
        put?: never;
        /**
         * Book on behalf of a household
         * @description An administrator books for a household of one of their buildings, after reading them the privacy
         *     notice (`privacyConsent` records their consent). The booking follows every rule of a resident's own
         *     and is attributed to the administrator (`bookedBy`) in the booking and the audit log.
         */
        post: operations["create_ppe_booking_on_behalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/ppe/delivery-updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark bookings assigned or delivered
         * @description Moves one or many bookings of my buildings forward: `confirmed` → `assigned` → `delivered`
         *     (`delivered` is final; a cancelled booking cannot be delivered). Sending the same update again
         *     changes nothing and answers the same, so a retry is safe. Each booking's outcome is listed.
         */
        post: operations["update_ppe_deliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/ppe/delivery-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery list (CSV)
         * @description The delivery list of a round for my buildings (or one of them) as CSV, for a spreadsheet or to print:
         *     building, address, recipient, household size, units, booking code, state. Recorded in the audit log.
         */
        get: operations["show_ppe_delivery_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/vouchers/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My redemptions of a day
         * @description The shop's redemptions of a day (today in Turin by default), newest first, with the day's total.
         */
        get: operations["list_voucher_redemptions"];
        put?: never;
        /**
         * Redeem an amount on a voucher
         * @description A participating shop takes an amount off a voucher the holder presents (code and the holder's codice
         *     fiscale). Never below zero, however many tills redeem at once (`409 insufficient-balance`); only an
         *     active voucher (`409 voucher-not-active`); an unknown code and someone else's look alike (`404`).
         *     Idempotent: a till retrying with its key is never charged twice.
         */
        post: operations["create_voucher_redemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/vouchers/redemptions/{redemptionId}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a redemption
         * @description The shop that made a redemption voids it within 15 minutes; the amount goes back on the voucher.
         *     Voiding a voided redemption answers it again; later, `409 void-window-closed`; another shop's, `403`.
         */
        post: operations["void_voucher_redemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/help/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Help requests, the queue or mine
         * @description For the coordinator, every request (the queue: topic, district, who it is for, waiting time,
         *     state, volunteer); for a volunteer, the requests assigned to them. Oldest first. No contact nor
         *     description here: those are in one request's details.
         */
        get: operations["list_operator_help_requests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/help/requests/{ticketCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One help request, in full
         * @description The request with its contact and description, for the coordinator and the volunteer it is assigned
         *     to. A psychological-support request's description (health data, GDPR art. 9) is given only to the
         *     assigned volunteer holding the `support-professional` role; every read is recorded in the audit log.
         */
        get: operations["show_operator_help_request"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/help/requests/{ticketCode}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a request to a volunteer
         * @description The coordinator gives a request to a volunteer (`received` or `assigned` → `assigned`). A psychological-support request only goes to a volunteer with the support-professional role.
         */
        post: operations["assign_help_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/help/requests/{ticketCode}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a request
         * @description The assigned volunteer says when they will help (`assigned` or `scheduled` → `scheduled`); the requester's status look-up then shows it.
         */
        post: operations["schedule_help_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/help/requests/{ticketCode}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a request
         * @description The assigned volunteer (or the coordinator) closes a request with its outcome; `closed` is final.
         */
        post: operations["close_help_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attendance list of an activity
         * @description For the organiser of an activity: who is registered (with companions), who is waiting (in order),
         *     who has checked in. Recorded in the audit log.
         */
        get: operations["show_event_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/registrations/{registrationCode}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a person in at the door
         * @description Marks a registered person as arrived; checking in again answers the same.
         */
        post: operations["check_in_registration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/registrations/{registrationCode}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a registration
         * @description The organiser cancels a registration (or a place on the waiting list). Freed seats go to the
         *     people waiting, in order, exactly once however many cancellations run at once; the positions of
         *     those still waiting are renumbered. The answer lists who was promoted.
         */
        post: operations["cancel_event_registration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/ppe/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a distribution round
         * @description A city operator plans a round: its window, stock and allowance. The id is chosen by the city (`409 round-exists` if taken).
         */
        post: operations["create_ppe_round"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/ppe/rounds/{roundId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open, close or restock a round
         * @description A city operator moves a round's window (open it now, close it now, or other times) or sets its stock,
         *     never below the units already booked (`409 stock-below-booked`).
         */
        post: operations["change_ppe_round"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a voucher
         * @description A city operator issues a voucher to a holder (codice fiscale), with its value, expiry and district; the code is generated.
         */
        post: operations["create_voucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/vouchers/{voucherCode}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a voucher
         * @description A city operator revokes a voucher: it can no longer be spent; revoking again answers the same.
         */
        post: operations["revoke_voucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operator/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description For city operators: who (subject, role, partner) did what to which record, and when — every operator
         *     action and every read of personal data, newest first. It never holds the personal data itself.
         */
        get: operations["list_audit_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An error, as RFC 9457 problem details.
         * @example {
         *       "type": "urn:sportello:problem:round-full",
         *       "title": "Mascherine esaurite",
         *       "status": 409,
         *       "detail": "Le mascherine di questo turno sono state tutte prenotate.",
         *       "instance": "urn:sportello:request:01J9Z3K6B2"
         *     }
         */
        Problem: {
            type: components["schemas"]["ProblemType"];
            /** @description A short, localized summary of the problem type. */
            title: string;
            /**
             * Format: int32
             * @description The HTTP status code.
             */
            status: number;
            /** @description A localized explanation of this occurrence, safe to show to a person. */
            detail?: string;
            /** @description The request's identifier, to quote when asking for support. */
            instance?: string;
            /** @description For `validation-error`, each invalid field of the request body. */
            errors?: components["schemas"]["FieldError"][];
            /**
             * Format: int32
             * @description For `event-full`, people already on the waiting list.
             */
            waitingListLength?: number;
            /**
             * Format: int32
             * @description For `rate-limited` and `service-unavailable`, the same as `Retry-After`.
             */
            retryAfterSeconds?: number;
            /**
             * Format: date-time
             * @description For `window-closed`, when the next round opens, if one is planned.
             */
            nextRoundOpensAt?: string;
            /**
             * Format: int32
             * @description For `insufficient-balance`, what the voucher still holds.
             */
            balanceCents?: number;
            /**
             * Format: int32
             * @description For `stock-below-booked`, the units already booked in the round.
             */
            unitsBooked?: number;
        };
        /**
         * @description Stable identifier of a kind of problem. Clients switch on it, never on `title` or `detail`.
         * @example urn:sportello:problem:round-full
         * @enum {string}
         */
        ProblemType: "urn:sportello:problem:validation-error" | "urn:sportello:problem:malformed-request" | "urn:sportello:problem:unauthorized" | "urn:sportello:problem:forbidden-origin" | "urn:sportello:problem:not-found" | "urn:sportello:problem:round-not-found" | "urn:sportello:problem:round-full" | "urn:sportello:problem:window-closed" | "urn:sportello:problem:already-booked" | "urn:sportello:problem:building-not-in-network" | "urn:sportello:problem:booking-not-found" | "urn:sportello:problem:not-cancellable" | "urn:sportello:problem:voucher-not-found" | "urn:sportello:problem:event-not-found" | "urn:sportello:problem:event-full" | "urn:sportello:problem:already-registered" | "urn:sportello:problem:registration-closed" | "urn:sportello:problem:ticket-not-found" | "urn:sportello:problem:idempotency-key-reused" | "urn:sportello:problem:idempotency-in-flight" | "urn:sportello:problem:payload-too-large" | "urn:sportello:problem:unsupported-media-type" | "urn:sportello:problem:rate-limited" | "urn:sportello:problem:internal-error" | "urn:sportello:problem:service-unavailable" | "urn:sportello:problem:forbidden" | "urn:sportello:problem:invalid-transition" | "urn:sportello:problem:insufficient-balance" | "urn:sportello:problem:voucher-not-active" | "urn:sportello:problem:void-window-closed" | "urn:sportello:problem:redemption-not-found" | "urn:sportello:problem:registration-not-found" | "urn:sportello:problem:stock-below-booked" | "urn:sportello:problem:round-exists";
        /**
         * @description One invalid field of a request body.
         * @example {
         *       "pointer": "/applicant/taxCode",
         *       "code": "check-character"
         *     }
         */
        FieldError: {
            /**
             * @description Where the invalid value is: a JSON pointer (RFC 6901) into the request body
             *     (`/applicant/taxCode`), or `/query/<name>`, `/path/<name>`, `/header/<Name>` for parameters.
             */
            pointer: string;
            code: components["schemas"]["FieldErrorCode"];
        };
        /**
         * @description Why the field is invalid: `required` (missing or empty), `format` (wrong shape), `check-character`
         *     (a code's check character does not match), `too-long`, `too-short`, `out-of-range`,
         *     `not-allowed` (not one of the accepted values), `consent-required` (a consent must be given).
         * @example required
         * @enum {string}
         */
        FieldErrorCode: "required" | "format" | "check-character" | "too-long" | "too-short" | "out-of-range" | "not-allowed" | "consent-required";
        /**
         * @description Health of the service, as problem details.
         * @example {
         *       "status": 200,
         *       "title": "OK",
         *       "version": "1.0.0"
         *     }
         */
        Status: {
            /**
             * Format: int32
             * @description 200 when up.
             */
            status: number;
            /** @description A short summary. */
            title: string;
            /** @description More detail, when there is any. */
            detail?: string;
            /** @description The contract version the server implements. */
            version?: string;
        };
        /**
         * @description A language the service speaks.
         * @example it
         * @enum {string}
         */
        Lang: "it" | "en";
        /**
         * @description Codice fiscale: 16 characters, upper case, with its check character (omocodia allowed). Servers
         *     accept lower case and surrounding spaces, and store upper case.
         * @example RSSMRA85T10L219G
         */
        TaxCode: string;
        /**
         * @description A postcode (CAP) in Turin, 10121 to 10156.
         * @example 10138
         */
        Cap: string;
        /**
         * Format: int32
         * @description One of Turin's 8 circoscrizioni.
         * @example 3
         */
        District: number;
        /**
         * @description An Italian phone number, with or without `+39` (or `0039`), spaces, dots, dashes or a slash
         *     allowed: a landline (0…, 6 to 11 digits) or a mobile (3…, 9 or 10 digits). Answers carry it in
         *     E.164 (`+39...`).
         * @example +393331234567
         */
        Phone: string;
        /**
         * Format: email
         * @description An e-mail address.
         * @example maria.rossi@example.org
         */
        Email: string;
        /**
         * @description A person's given name (at least one letter or sign that is not a space).
         * @example Maria
         */
        GivenName: string;
        /**
         * @description A person's family name (at least one letter or sign that is not a space).
         * @example Rossi
         */
        FamilyName: string;
        /**
         * @description The person has read the privacy notice and agrees; must be `true`.
         * @example true
         * @enum {boolean}
         */
        Consent: true;
        /**
         * @description A booking's code, `PR-` and nine Crockford base-32 characters, the last a check character.
         * @example PR-7K4M-9QX2-5
         */
        BookingCode: string;
        /**
         * @description A grocery voucher's code, `BS-` and nine Crockford base-32 characters, the last a check character.
         * @example BS-4D2N-8WQ5-N
         */
        VoucherCode: string;
        /**
         * @description A help request's ticket code, `PC-` and nine Crockford base-32 characters, the last a check character.
         * @example PC-3H8K-2MV6-B
         */
        TicketCode: string;
        /**
         * @description How to reach a person; at least one of `phone` and `email`.
         * @example {
         *       "phone": "+393331234567"
         *     }
         */
        Contact: {
            phone?: components["schemas"]["Phone"];
            email?: components["schemas"]["Email"];
        } & (unknown | unknown);
        /**
         * @description Where a page stands in a list.
         * @example {
         *       "page": 1,
         *       "pageSize": 100,
         *       "total": 42
         *     }
         */
        Page: {
            /**
             * Format: int32
             * @description This page's number.
             */
            page: number;
            /**
             * Format: int32
             * @description Items per page.
             */
            pageSize: number;
            /**
             * Format: int32
             * @description Items in all pages.
             */
            total: number;
        };
        /**
         * @description `upcoming` before its window opens, `open` during it, `closed` after it.
         * @example open
         * @enum {string}
         */
        RoundState: "upcoming" | "open" | "closed";
        /**
         * @description A distribution round of protective equipment.
         * @example {
         *       "id": "ffp2-2026-12",
         *       "title": "Mascherine FFP2 — dicembre",
         *       "item": "mascherine FFP2",
         *       "opensAt": "2026-11-20T09:00:00+01:00",
         *       "closesAt": "2026-12-20T18:00:00+01:00",
         *       "state": "open",
         *       "unitsPerPerson": 5,
         *       "maxHouseholdSize": 12,
         *       "stockUnits": 350000,
         *       "unitsLeft": 121450
         *     }
         */
        Round: {
            /** @description The round's identifier. */
            id: string;
            /** @description The round's name, in the asked language. */
            title: string;
            /** @description What is distributed, in the asked language (e.g. "FFP2 masks"). */
            item: string;
            /**
             * Format: date-time
             * @description Bookings open.
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description Bookings close.
             */
            closesAt: string;
            state: components["schemas"]["RoundState"];
            /**
             * Format: int32
             * @description Units per household member.
             */
            unitsPerPerson: number;
            /**
             * Format: int32
             * @description Largest household accepted.
             */
            maxHouseholdSize: number;
            /**
             * Format: int32
             * @description Units in the round.
             */
            stockUnits: number;
            /**
             * Format: int32
             * @description Units not yet booked.
             */
            unitsLeft: number;
        };
        /**
         * @description Distribution rounds.
         * @example {
         *       "items": [
         *         {
         *           "id": "ffp2-2026-12",
         *           "title": "Mascherine FFP2 — dicembre",
         *           "item": "mascherine FFP2",
         *           "opensAt": "2026-11-20T09:00:00+01:00",
         *           "closesAt": "2026-12-20T18:00:00+01:00",
         *           "state": "open",
         *           "unitsPerPerson": 5,
         *           "maxHouseholdSize": 12,
         *           "stockUnits": 350000,
         *           "unitsLeft": 121450
         *         }
         *       ]
         *     }
         */
        RoundList: {
            items: components["schemas"]["Round"][];
        };
        /**
         * @description A building, by its administrator's code or by address.
         * @example {
         *       "street": "Via Nizza",
         *       "civicNumber": "150",
         *       "cap": "10126"
         *     }
         */
        BuildingQuery: {
            buildingCode: components["schemas"]["BuildingCode"];
        } | {
            street: components["schemas"]["Street"];
            civicNumber: components["schemas"]["CivicNumber"];
            cap: components["schemas"]["Cap"];
        };
        /**
         * @description The code a condominium administrator gives the residents of a building.
         * @example TO-0412
         */
        BuildingCode: string;
        /**
         * @description Street name, without the civic number.
         * @example Via Nizza
         */
        Street: string;
        /**
         * @description Civic number, with an optional letter or "bis".
         * @example 150
         */
        CivicNumber: string;
        /**
         * @description A building served by a condominium administrator in the network.
         * @example {
         *       "buildingCode": "TO-0412",
         *       "street": "Via Nizza",
         *       "civicNumber": "150",
         *       "cap": "10126",
         *       "district": 8,
         *       "administrator": "Studio Amministrazioni Ferrero"
         *     }
         */
        Building: {
            buildingCode: components["schemas"]["BuildingCode"];
            street: components["schemas"]["Street"];
            civicNumber: components["schemas"]["CivicNumber"];
            cap: components["schemas"]["Cap"];
            district: components["schemas"]["District"];
            /** @description The administrator's firm, who delivers to the building. */
            administrator: string;
        };
        /**
         * @description The person booking for their household.
         * @example {
         *       "taxCode": "RSSMRA85T10L219G",
         *       "givenName": "Mario",
         *       "familyName": "Rossi"
         *     }
         */
        Applicant: {
            taxCode: components["schemas"]["TaxCode"];
            givenName: components["schemas"]["GivenName"];
            familyName: components["schemas"]["FamilyName"];
        };
        /**
         * @description A booking of protective equipment for a household.
         * @example {
         *       "roundId": "ffp2-2026-12",
         *       "applicant": {
         *         "taxCode": "RSSMRA85T10L219G",
         *         "givenName": "Mario",
         *         "familyName": "Rossi"
         *       },
         *       "householdSize": 3,
         *       "building": {
         *         "buildingCode": "TO-0412"
         *       },
         *       "contact": {
         *         "phone": "+393331234567"
         *       },
         *       "privacyConsent": true,
         *       "lang": "it"
         *     }
         */
        BookingRequest: {
            /** @description The round. */
            roundId: string;
            applicant: components["schemas"]["Applicant"];
            /**
             * Format: int32
             * @description People in the household, the applicant included.
             */
            householdSize: number;
            building: components["schemas"]["BuildingQuery"];
            contact: components["schemas"]["Contact"];
            privacyConsent: components["schemas"]["Consent"];
            lang?: components["schemas"]["Lang"];
        };
        /**
         * @description `confirmed` → `assigned` (the administrator has taken it for delivery) → `delivered`;
         *     or `cancelled` while `confirmed`.
         * @example confirmed
         * @enum {string}
         */
        BookingState: "confirmed" | "assigned" | "delivered" | "cancelled";
        /**
         * @description A booking. Personal data other than the initials is never echoed back.
         * @example {
         *       "bookingCode": "PR-7K4M-9QX2-5",
         *       "roundId": "ffp2-2026-12",
         *       "quantity": 15,
         *       "householdSize": 3,
         *       "state": "confirmed",
         *       "building": {
         *         "buildingCode": "TO-0412",
         *         "street": "Via Nizza",
         *         "civicNumber": "150",
         *         "cap": "10126",
         *         "district": 8,
         *         "administrator": "Studio Amministrazioni Ferrero"
         *       },
         *       "applicantInitials": "M.R.",
         *       "createdAt": "2026-11-26T10:15:00+01:00",
         *       "cancellable": true
         *     }
         */
        Booking: {
            bookingCode: components["schemas"]["BookingCode"];
            /** @description The round. */
            roundId: string;
            /**
             * Format: int32
             * @description Units booked.
             */
            quantity: number;
            /**
             * Format: int32
             * @description People in the household.
             */
            householdSize: number;
            state: components["schemas"]["BookingState"];
            building: components["schemas"]["Building"];
            /** @description The applicant's initials, so a person can recognise their booking. */
            applicantInitials?: string;
            /**
             * Format: date-time
             * @description When it was booked.
             */
            createdAt: string;
            /** @description Whether it can still be cancelled. */
            cancellable: boolean;
            /** @description When an administrator booked on the household's behalf, who (the administrator's name). */
            bookedBy?: string;
        };
        /**
         * @description A booking code and the applicant's codice fiscale.
         * @example {
         *       "bookingCode": "PR-7K4M-9QX2-5",
         *       "taxCode": "RSSMRA85T10L219G"
         *     }
         */
        BookingLookup: {
            bookingCode: components["schemas"]["BookingCode"];
            taxCode: components["schemas"]["TaxCode"];
        };
        /**
         * @description The applicant's codice fiscale, to prove the booking is theirs.
         * @example {
         *       "taxCode": "RSSMRA85T10L219G"
         *     }
         */
        BookingCancellation: {
            taxCode: components["schemas"]["TaxCode"];
        };
        /**
         * @description A voucher code and its holder's codice fiscale.
         * @example {
         *       "voucherCode": "BS-4D2N-8WQ5-N",
         *       "taxCode": "BNCGNN50A41L219J"
         *     }
         */
        VoucherCheckRequest: {
            voucherCode: components["schemas"]["VoucherCode"];
            taxCode: components["schemas"]["TaxCode"];
        };
        /**
         * @description `active` can be spent; `exhausted` has no balance left; `expired` is past its date; `revoked` was withdrawn.
         * @example active
         * @enum {string}
         */
        VoucherState: "active" | "exhausted" | "expired" | "revoked";
        /**
         * @description A grocery voucher, as its holder sees it.
         * @example {
         *       "voucherCode": "BS-4D2N-8WQ5-N",
         *       "state": "active",
         *       "faceValueCents": 15000,
         *       "balanceCents": 8250,
         *       "expiresOn": "2027-01-31",
         *       "district": 3,
         *       "redemptions": [
         *         {
         *           "redeemedAt": "2026-11-20T17:42:00+01:00",
         *           "shopName": "Alimentari Borgo San Paolo",
         *           "amountCents": 4250
         *         }
         *       ]
         *     }
         */
        Voucher: {
            voucherCode: components["schemas"]["VoucherCode"];
            state: components["schemas"]["VoucherState"];
            /**
             * Format: int32
             * @description Value when issued, in euro cents.
             */
            faceValueCents: number;
            /**
             * Format: int32
             * @description Value left, in euro cents.
             */
            balanceCents: number;
            /**
             * Format: date
             * @description Last day it can be spent (Europe/Rome).
             */
            expiresOn: string;
            district: components["schemas"]["District"];
            /** @description The most recent redemptions, newest first. */
            redemptions: components["schemas"]["Redemption"][];
        };
        /**
         * @description A purchase paid with the voucher.
         * @example {
         *       "redeemedAt": "2026-11-20T17:42:00+01:00",
         *       "shopName": "Alimentari Borgo San Paolo",
         *       "amountCents": 4250
         *     }
         */
        Redemption: {
            /**
             * Format: date-time
             * @description When.
             */
            redeemedAt: string;
            /** @description Where. */
            shopName: string;
            /**
             * Format: int32
             * @description How much, in euro cents.
             */
            amountCents: number;
        };
        /**
         * @description A shop that accepts grocery vouchers.
         * @example {
         *       "id": "alimentari-san-paolo",
         *       "name": "Alimentari Borgo San Paolo",
         *       "street": "Via di Nanni",
         *       "civicNumber": "45",
         *       "cap": "10138",
         *       "district": 3,
         *       "kind": "grocery"
         *     }
         */
        Shop: {
            /** @description The shop's identifier. */
            id: string;
            /** @description The shop's name. */
            name: string;
            street: components["schemas"]["Street"];
            civicNumber: components["schemas"]["CivicNumber"];
            cap: components["schemas"]["Cap"];
            district: components["schemas"]["District"];
            /**
             * @description What it sells.
             * @enum {string}
             */
            kind?: "supermarket" | "grocery" | "bakery" | "butcher" | "greengrocer" | "pharmacy";
        };
        /**
         * @description A page of shops.
         * @example {
         *       "items": [
         *         {
         *           "id": "alimentari-san-paolo",
         *           "name": "Alimentari Borgo San Paolo",
         *           "street": "Via di Nanni",
         *           "civicNumber": "45",
         *           "cap": "10138",
         *           "district": 3,
         *           "kind": "grocery"
         *         }
         *       ],
         *       "page": {
         *         "page": 1,
         *         "pageSize": 100,
         *         "total": 1
         *       }
         *     }
         */
        ShopList: {
            items: components["schemas"]["Shop"][];
            page: components["schemas"]["Page"];
        };
        /**
         * @description An activity's identifier (one occurrence of a series).
         * @example tai-chi-parco-ruffini-2026-12-01
         */
        EventId: string;
        /**
         * @description The kind of activity.
         * @example movement
         * @enum {string}
         */
        EventCategory: "culture" | "movement" | "digital-skills" | "social" | "workshops";
        /**
         * @description Where an activity takes place.
         * @example {
         *       "name": "Casa del Quartiere San Salvario",
         *       "street": "Via Morgari",
         *       "civicNumber": "14",
         *       "cap": "10125",
         *       "accessibility": "Accesso senza gradini, bagno accessibile."
         *     }
         */
        Venue: {
            /** @description The venue's name. */
            name: string;
            street: components["schemas"]["Street"];
            civicNumber: components["schemas"]["CivicNumber"];
            cap: components["schemas"]["Cap"];
            /** @description Step-free access, toilets, hearing loop and the like, in the asked language. */
            accessibility?: string;
        };
        /**
         * @description The weekly series an occurrence belongs to.
         * @example {
         *       "frequency": "weekly",
         *       "weekday": 2,
         *       "until": "2027-02-23"
         *     }
         */
        Recurrence: {
            /**
             * @description How often.
             * @enum {string}
             */
            frequency: "weekly";
            /**
             * Format: int32
             * @description ISO weekday, 1 = Monday.
             */
            weekday: number;
            /**
             * Format: date
             * @description Last day of the series (Europe/Rome).
             */
            until: string;
        };
        /**
         * @description An activity (one occurrence). All activities are free.
         * @example {
         *       "id": "tai-chi-parco-ruffini-2026-12-01",
         *       "seriesId": "tai-chi-parco-ruffini",
         *       "title": "Tai chi al parco",
         *       "description": "Movimento dolce all'aperto per tutti i livelli.",
         *       "category": "movement",
         *       "programme": "prometeo-club",
         *       "district": 3,
         *       "venue": {
         *         "name": "Parco Ruffini",
         *         "street": "Viale Bistolfi",
         *         "civicNumber": "10",
         *         "cap": "10141",
         *         "accessibility": "Percorso pianeggiante, panchine."
         *       },
         *       "startsAt": "2026-12-01T10:00:00+01:00",
         *       "endsAt": "2026-12-01T11:00:00+01:00",
         *       "recurrence": {
         *         "frequency": "weekly",
         *         "weekday": 2,
         *         "until": "2027-02-23"
         *       },
         *       "capacity": 20,
         *       "seatsLeft": 7,
         *       "waitingListLength": 0
         *     }
         */
        Event: {
            id: components["schemas"]["EventId"];
            /** @description The series, for weekly activities. */
            seriesId?: string;
            /** @description The activity's title. */
            title: string;
            /** @description What happens, for whom. */
            description: string;
            category: components["schemas"]["EventCategory"];
            /**
             * @description Which programme offers it.
             * @enum {string}
             */
            programme?: "prometeo-club" | "prometeo-home";
            district: components["schemas"]["District"];
            venue: components["schemas"]["Venue"];
            /**
             * Format: date-time
             * @description Start, with the Europe/Rome offset.
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description End, with the Europe/Rome offset.
             */
            endsAt: string;
            recurrence?: components["schemas"]["Recurrence"];
            /**
             * Format: int32
             * @description Seats in all.
             */
            capacity: number;
            /**
             * Format: int32
             * @description Seats not yet taken.
             */
            seatsLeft: number;
            /**
             * Format: int32
             * @description People on the waiting list.
             */
            waitingListLength: number;
        };
        /**
         * @description A page of activities.
         * @example {
         *       "items": [],
         *       "page": {
         *         "page": 1,
         *         "pageSize": 100,
         *         "total": 0
         *       }
         *     }
         */
        EventList: {
            items: components["schemas"]["Event"][];
            page: components["schemas"]["Page"];
        };
        /**
         * @description The person registering.
         * @example {
         *       "givenName": "Giovanna",
         *       "familyName": "Bianchi",
         *       "contact": {
         *         "email": "giovanna.bianchi@example.org"
         *       }
         *     }
         */
        Attendee: {
            givenName: components["schemas"]["GivenName"];
            familyName: components["schemas"]["FamilyName"];
            contact: components["schemas"]["Contact"];
        };
        /**
         * @description A companion or caregiver coming along.
         * @example {
         *       "givenName": "Luca",
         *       "familyName": "Bianchi",
         *       "caregiver": true
         *     }
         */
        Companion: {
            givenName: components["schemas"]["GivenName"];
            familyName: components["schemas"]["FamilyName"];
            /** @description Whether the companion is the person's caregiver. */
            caregiver?: boolean;
        };
        /**
         * @description A registration for an activity.
         * @example {
         *       "attendee": {
         *         "givenName": "Giovanna",
         *         "familyName": "Bianchi",
         *         "contact": {
         *           "email": "giovanna.bianchi@example.org"
         *         }
         *       },
         *       "companion": {
         *         "givenName": "Luca",
         *         "familyName": "Bianchi",
         *         "caregiver": true
         *       },
         *       "privacyConsent": true
         *     }
         */
        RegistrationRequest: {
            attendee: components["schemas"]["Attendee"];
            companion?: components["schemas"]["Companion"];
            /**
             * @description When the activity is full, join its waiting list instead of answering `event-full`.
             * @default false
             */
            waitingList?: boolean;
            privacyConsent: components["schemas"]["Consent"];
            lang?: components["schemas"]["Lang"];
        };
        /**
         * @description `registered` has a seat; `waitlisted` is on the waiting list.
         * @example registered
         * @enum {string}
         */
        RegistrationState: "registered" | "waitlisted";
        /**
         * @description A registration for an activity.
         * @example {
         *       "registrationCode": "RG-5B7C-1DX9-3",
         *       "eventId": "tai-chi-parco-ruffini-2026-12-01",
         *       "state": "waitlisted",
         *       "seats": 2,
         *       "waitingListPosition": 3
         *     }
         */
        Registration: {
            /** @description The registration's code. */
            registrationCode: string;
            eventId: components["schemas"]["EventId"];
            state: components["schemas"]["RegistrationState"];
            /**
             * Format: int32
             * @description Seats taken or asked for (with the companion, 2).
             */
            seats: number;
            /**
             * Format: int32
             * @description For `waitlisted`, the place in the queue.
             */
            waitingListPosition?: number;
        };
        /**
         * @description What the volunteers can help with.
         * @example homework
         * @enum {string}
         */
        HelpTopicId: "homework" | "apps-and-accounts" | "everyday-tasks" | "psychological-support" | "other";
        /**
         * @description A help topic, in the asked language.
         * @example {
         *       "id": "homework",
         *       "title": "Aiuto compiti",
         *       "description": "Volontari aiutano bambini e ragazzi a fare i compiti, anche a distanza.",
         *       "healthData": false
         *     }
         */
        HelpTopic: {
            id: components["schemas"]["HelpTopicId"];
            /** @description The topic's name. */
            title: string;
            /** @description One line on what the volunteers do. */
            description: string;
            /** @description Requests on this topic are health data and need their own consent. */
            healthData: boolean;
        };
        /**
         * @description Help topics.
         * @example {
         *       "items": [
         *         {
         *           "id": "homework",
         *           "title": "Aiuto compiti",
         *           "description": "Volontari aiutano bambini e ragazzi a fare i compiti, anche a distanza.",
         *           "healthData": false
         *         }
         *       ]
         *     }
         */
        HelpTopicList: {
            items: components["schemas"]["HelpTopic"][];
        };
        /**
         * @description How and when the volunteers should get in touch; the contact of the preferred channel is required.
         * @example {
         *       "phone": "+393331234567",
         *       "preferredChannel": "phone",
         *       "preferredTime": "morning"
         *     }
         */
        HelpContact: {
            phone?: components["schemas"]["Phone"];
            email?: components["schemas"]["Email"];
            /**
             * @description How to get in touch.
             * @enum {string}
             */
            preferredChannel: "phone" | "email";
            /**
             * @description When to get in touch.
             * @enum {string}
             */
            preferredTime: "morning" | "afternoon" | "evening" | "any";
        } & ({
            /** @enum {string} */
            preferredChannel?: "phone";
        } | {
            /** @enum {string} */
            preferredChannel?: "email";
        });
        /**
         * @description A request for help.
         * @example {
         *       "topic": "apps-and-accounts",
         *       "description": "Mia madre deve installare l'app IO e creare lo SPID.",
         *       "forWhom": "someone-i-care-for",
         *       "contact": {
         *         "phone": "+393331234567",
         *         "preferredChannel": "phone",
         *         "preferredTime": "afternoon"
         *       },
         *       "district": 8,
         *       "privacyConsent": true
         *     }
         */
        HelpRequestCreate: {
            topic: components["schemas"]["HelpTopicId"];
            /** @description What help is needed, in a few words. Never logged nor echoed back. */
            description: string;
            /**
             * @description Who needs the help.
             * @enum {string}
             */
            forWhom: "myself" | "someone-i-care-for";
            contact: components["schemas"]["HelpContact"];
            district: components["schemas"]["District"];
            privacyConsent: components["schemas"]["Consent"];
            /** @description Explicit consent to process health data; required (`true`) for psychological support. */
            healthDataConsent?: boolean;
            lang?: components["schemas"]["Lang"];
        };
        /**
         * @description `received` → `assigned` (a volunteer has it) → `scheduled` (a time is agreed) → `closed`.
         * @example received
         * @enum {string}
         */
        HelpTicketState: "received" | "assigned" | "scheduled" | "closed";
        /**
         * @description A help request's ticket. The description is never echoed back.
         * @example {
         *       "ticketCode": "PC-3H8K-2MV6-B",
         *       "topic": "apps-and-accounts",
         *       "state": "received",
         *       "createdAt": "2026-11-26T10:15:00+01:00",
         *       "updatedAt": "2026-11-26T10:15:00+01:00"
         *     }
         */
        HelpTicket: {
            ticketCode: components["schemas"]["TicketCode"];
            topic: components["schemas"]["HelpTopicId"];
            state: components["schemas"]["HelpTicketState"];
            /**
             * Format: date-time
             * @description When it was filed.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When its state last changed.
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description For `scheduled`, when the volunteer will be in touch.
             */
            scheduledFor?: string;
        };
        /**
         * @description A ticket code and the phone or e-mail given with the request.
         * @example {
         *       "ticketCode": "PC-3H8K-2MV6-B",
         *       "phone": "+393331234567"
         *     }
         */
        HelpRequestLookup: {
            ticketCode: components["schemas"]["TicketCode"];
            phone?: components["schemas"]["Phone"];
            email?: components["schemas"]["Email"];
        } & (unknown | unknown);
        /**
         * @description What an operator does; from the token's roles claim.
         * @example administrator
         * @enum {string}
         */
        OperatorRole: "administrator" | "shop" | "coordinator" | "volunteer" | "support-professional" | "organiser" | "city";
        /**
         * @description The signed-in operator, as their token's claims say.
         * @example {
         *       "subject": "demo-admin-ferrero",
         *       "name": "Paola Ferrero",
         *       "roles": [
         *         "administrator"
         *       ],
         *       "buildings": [
         *         "TO-0412",
         *         "TO-0305"
         *       ],
         *       "events": []
         *     }
         */
        Operator: {
            /** @description The token's subject (`sub`). */
            subject: string;
            /** @description A display name. */
            name?: string;
            roles: components["schemas"]["OperatorRole"][];
            /** @description Buildings an administrator manages. */
            buildings: components["schemas"]["BuildingCode"][];
            /** @description The shop a shop operator redeems for. */
            shopId?: string;
            /** @description Activities (ids or weekly-series ids) an organiser runs. */
            events: string[];
        };
        /**
         * @description Who receives a delivery (the applicant's name, as delivery needs it).
         * @example {
         *       "givenName": "Mario",
         *       "familyName": "Rossi"
         *     }
         */
        Recipient: {
            /** @description Given name. */
            givenName: string;
            /** @description Family name. */
            familyName: string;
        };
        /**
         * @description A booking as its building's administrator sees it for delivery.
         * @example {
         *       "bookingCode": "PR-7K4M-9QX2-5",
         *       "roundId": "ffp2-2026-12",
         *       "buildingCode": "TO-0412",
         *       "state": "confirmed",
         *       "recipient": {
         *         "givenName": "Mario",
         *         "familyName": "Rossi"
         *       },
         *       "householdSize": 3,
         *       "quantity": 15,
         *       "createdAt": "2026-11-26T10:15:00+01:00"
         *     }
         */
        OperatorBooking: {
            bookingCode: components["schemas"]["BookingCode"];
            /** @description The round. */
            roundId: string;
            buildingCode: components["schemas"]["BuildingCode"];
            state: components["schemas"]["BookingState"];
            recipient: components["schemas"]["Recipient"];
            /**
             * Format: int32
             * @description People in the household.
             */
            householdSize: number;
            /**
             * Format: int32
             * @description Units to deliver.
             */
            quantity: number;
            /**
             * Format: date-time
             * @description When it was booked.
             */
            createdAt: string;
            /** @description Who booked on the household's behalf, if someone did. */
            bookedBy?: string;
        };
        /**
         * @description A page of bookings.
         * @example {
         *       "items": [
         *         {
         *           "bookingCode": "PR-7K4M-9QX2-5",
         *           "roundId": "ffp2-2026-12",
         *           "buildingCode": "TO-0412",
         *           "state": "confirmed",
         *           "recipient": {
         *             "givenName": "Mario",
         *             "familyName": "Rossi"
         *           },
         *           "householdSize": 3,
         *           "quantity": 15,
         *           "createdAt": "2026-11-26T10:15:00+01:00"
         *         }
         *       ],
         *       "page": {
         *         "page": 1,
         *         "pageSize": 100,
         *         "total": 1
         *       }
         *     }
         */
        OperatorBookingList: {
            items: components["schemas"]["OperatorBooking"][];
            page: components["schemas"]["Page"];
        };
        /**
         * @description Bookings to move forward, and to which state.
         * @example {
         *       "bookingCodes": [
         *         "PR-7K4M-9QX2-5"
         *       ],
         *       "state": "delivered"
         *     }
         */
        DeliveryUpdate: {
            bookingCodes: components["schemas"]["BookingCode"][];
            /**
             * @description The state to move them to.
             * @enum {string}
             */
            state: "assigned" | "delivered";
        };
        /**
         * @description Each booking of the update with its outcome.
         * @example {
         *       "items": [
         *         {
         *           "bookingCode": "PR-7K4M-9QX2-5",
         *           "state": "delivered",
         *           "outcome": "updated"
         *         }
         *       ]
         *     }
         */
        DeliveryUpdateResult: {
            items: {
                bookingCode: components["schemas"]["BookingCode"];
                state?: components["schemas"]["BookingState"];
                /**
                 * @description `updated`, `unchanged` (already there), `not-found`, `forbidden` (not my building), `invalid-transition` (cancelled, or back from delivered).
                 * @enum {string}
                 */
                outcome: "updated" | "unchanged" | "not-found" | "forbidden" | "invalid-transition";
            }[];
        };
        /**
         * @description What the holder presents at the till, and the amount of the purchase.
         * @example {
         *       "voucherCode": "BS-4D2N-8WQ5-N",
         *       "taxCode": "BNCGNN50A41L219J",
         *       "amountCents": 1250
         *     }
         */
        RedemptionRequest: {
            voucherCode: components["schemas"]["VoucherCode"];
            taxCode: components["schemas"]["TaxCode"];
            /**
             * Format: int32
             * @description The purchase, in euro cents.
             */
            amountCents: number;
        };
        /**
         * @description Why the redemption is voided (optional).
         * @example {
         *       "reason": "wrong-amount"
         *     }
         */
        RedemptionVoid: {
            /**
             * @description Why.
             * @enum {string}
             */
            reason?: "wrong-amount" | "wrong-voucher" | "purchase-cancelled";
        };
        /**
         * @description A redemption as the shop that made it sees it.
         * @example {
         *       "redemptionId": "RD-7K4M-9QX2-5",
         *       "voucherCode": "BS-4D2N-8WQ5-N",
         *       "amountCents": 1250,
         *       "balanceBeforeCents": 8250,
         *       "balanceAfterCents": 7000,
         *       "redeemedAt": "2026-11-26T10:15:00+01:00",
         *       "voidableUntil": "2026-11-26T10:30:00+01:00",
         *       "voided": false
         *     }
         */
        ShopRedemption: {
            /** @description The redemption. */
            redemptionId: string;
            voucherCode: components["schemas"]["VoucherCode"];
            /**
             * Format: int32
             * @description In euro cents.
             */
            amountCents: number;
            /**
             * Format: int32
             * @description The voucher before it.
             */
            balanceBeforeCents: number;
            /**
             * Format: int32
             * @description The voucher after it (after the void, for a voided one).
             */
            balanceAfterCents: number;
            /**
             * Format: date-time
             * @description When.
             */
            redeemedAt: string;
            /**
             * Format: date-time
             * @description Until when the shop may void it.
             */
            voidableUntil: string;
            /** @description Whether it was voided. */
            voided: boolean;
        };
        /**
         * @description A shop's redemptions of a day and their total.
         * @example {
         *       "date": "2026-11-26",
         *       "items": [],
         *       "count": 0,
         *       "totalCents": 0
         *     }
         */
        ShopRedemptionList: {
            /**
             * Format: date
             * @description The day (Europe/Rome).
             */
            date: string;
            items: components["schemas"]["ShopRedemption"][];
            /**
             * Format: int32
             * @description Redemptions not voided.
             */
            count: number;
            /**
             * Format: int32
             * @description Their total, in euro cents.
             */
            totalCents: number;
        };
        /**
         * @description A help request in the concierge's queue (no contact, no description).
         * @example {
         *       "ticketCode": "PC-3H8K-2MV6-B",
         *       "topic": "apps-and-accounts",
         *       "state": "received",
         *       "district": 8,
         *       "forWhom": "someone-i-care-for",
         *       "createdAt": "2026-11-26T10:15:00+01:00",
         *       "updatedAt": "2026-11-26T10:15:00+01:00",
         *       "waitingMinutes": 45
         *     }
         */
        OperatorHelpRequest: {
            ticketCode: components["schemas"]["TicketCode"];
            topic: components["schemas"]["HelpTopicId"];
            state: components["schemas"]["HelpTicketState"];
            district: components["schemas"]["District"];
            /**
             * @description Who needs the help.
             * @enum {string}
             */
            forWhom: "myself" | "someone-i-care-for";
            /**
             * Format: date-time
             * @description When it was filed.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When its state last changed.
             */
            updatedAt: string;
            /**
             * Format: int32
             * @description Minutes since it was filed.
             */
            waitingMinutes: number;
            /** @description The volunteer's subject, once assigned. */
            assignedTo?: string;
            /** @description The volunteer's name, once assigned. */
            assignedToName?: string;
            /**
             * Format: date-time
             * @description When the volunteer will help.
             */
            scheduledFor?: string;
            outcome?: components["schemas"]["HelpOutcome"];
        };
        /**
         * @description Help requests, oldest first.
         * @example {
         *       "items": []
         *     }
         */
        OperatorHelpRequestList: {
            items: components["schemas"]["OperatorHelpRequest"][];
        };
        /**
         * @description One help request with its contact and, where allowed, its description.
         * @example {
         *       "ticketCode": "PC-3H8K-2MV6-B",
         *       "topic": "apps-and-accounts",
         *       "state": "assigned",
         *       "district": 8,
         *       "forWhom": "someone-i-care-for",
         *       "createdAt": "2026-11-26T10:15:00+01:00",
         *       "updatedAt": "2026-11-26T11:00:00+01:00",
         *       "waitingMinutes": 45,
         *       "assignedTo": "demo-volunteer-luca",
         *       "contact": {
         *         "phone": "+393331234567",
         *         "preferredChannel": "phone",
         *         "preferredTime": "afternoon"
         *       },
         *       "description": "Mia madre deve installare l'app IO.",
         *       "descriptionWithheld": false
         *     }
         */
        OperatorHelpRequestDetail: components["schemas"]["OperatorHelpRequest"] & {
            contact: components["schemas"]["HelpContact"];
            /** @description The request's own words; absent when withheld. */
            description?: string;
            /** @description True for a psychological-support request read by someone who is not its assigned support professional. */
            descriptionWithheld: boolean;
        };
        /**
         * @description The volunteer to give a request to.
         * @example {
         *       "volunteer": "demo-volunteer-luca",
         *       "volunteerName": "Luca Rosso"
         *     }
         */
        HelpAssignment: {
            /** @description The volunteer's subject. */
            volunteer: string;
            /** @description The volunteer's name, as the coordinator knows it. */
            volunteerName?: string;
            /** @description Whether the volunteer holds the support-professional role (required for psychological support). */
            supportProfessional?: boolean;
        };
        /**
         * @description When the volunteer will help.
         * @example {
         *       "scheduledFor": "2026-11-28T15:00:00+01:00"
         *     }
         */
        HelpSchedule: {
            /**
             * Format: date-time
             * @description When (with offset).
             */
            scheduledFor: string;
        };
        /**
         * @description How a request ended.
         * @example helped
         * @enum {string}
         */
        HelpOutcome: "helped" | "referred" | "not-reachable" | "withdrawn";
        /**
         * @description How the request ended.
         * @example {
         *       "outcome": "helped"
         *     }
         */
        HelpClosure: {
            outcome: components["schemas"]["HelpOutcome"];
        };
        /**
         * @description One registration on an activity's attendance list.
         * @example {
         *       "registrationCode": "RG-7K4M-9QX2-5",
         *       "state": "registered",
         *       "seats": 1,
         *       "attendee": {
         *         "givenName": "Giovanna",
         *         "familyName": "Bianchi"
         *       },
         *       "checkedIn": false
         *     }
         */
        AttendanceEntry: {
            /** @description The registration. */
            registrationCode: string;
            /**
             * @description Where the person stands.
             * @enum {string}
             */
            state: "registered" | "waitlisted" | "cancelled";
            /**
             * Format: int32
             * @description Seats (2 with a companion).
             */
            seats: number;
            /**
             * Format: int32
             * @description For `waitlisted`, the place in the queue.
             */
            waitingListPosition?: number;
            attendee: components["schemas"]["Recipient"];
            companion?: components["schemas"]["Recipient"];
            /** @description Whether the companion is a caregiver. */
            caregiver?: boolean;
            /** @description Whether they have arrived. */
            checkedIn: boolean;
        };
        /**
         * @description An activity's attendance list.
         * @example {
         *       "eventId": "tai-chi-parco-ruffini-2026-10-13",
         *       "capacity": 20,
         *       "seatsLeft": 0,
         *       "registered": [],
         *       "waiting": []
         *     }
         */
        Attendance: {
            eventId: components["schemas"]["EventId"];
            /**
             * Format: int32
             * @description Seats in all.
             */
            capacity: number;
            /**
             * Format: int32
             * @description Seats free.
             */
            seatsLeft: number;
            registered: components["schemas"]["AttendanceEntry"][];
            /** @description The waiting list, in order. */
            waiting: components["schemas"]["AttendanceEntry"][];
        };
        /**
         * @description A check-in (no fields yet).
         * @example {}
         */
        CheckIn: Record<string, never>;
        /**
         * @description Why the registration is cancelled (optional).
         * @example {
         *       "reason": "person-asked"
         *     }
         */
        RegistrationCancellationRequest: {
            /**
             * @description Why.
             * @enum {string}
             */
            reason?: "person-asked" | "no-show" | "duplicate";
        };
        /**
         * @description The cancelled registration and who took the freed seats.
         * @example {
         *       "registration": {
         *         "registrationCode": "RG-7K4M-9QX2-5",
         *         "state": "cancelled",
         *         "seats": 1,
         *         "attendee": {
         *           "givenName": "Giovanna",
         *           "familyName": "Bianchi"
         *         },
         *         "checkedIn": false
         *       },
         *       "promoted": [
         *         {
         *           "registrationCode": "RG-4WBN-8ZQT-K",
         *           "state": "registered",
         *           "seats": 1,
         *           "attendee": {
         *             "givenName": "Aldo",
         *             "familyName": "Ferraris"
         *           },
         *           "checkedIn": false
         *         }
         *       ]
         *     }
         */
        RegistrationCancellation: {
            registration: components["schemas"]["AttendanceEntry"];
            /** @description Registrations moved from the waiting list onto seats, in order. */
            promoted: components["schemas"]["AttendanceEntry"][];
        };
        /**
         * @description A new distribution round.
         * @example {
         *       "id": "ffp2-2027-01",
         *       "title": "Mascherine FFP2 di gennaio",
         *       "item": "mascherine FFP2",
         *       "opensAt": "2027-01-04T09:00:00+01:00",
         *       "closesAt": "2027-01-31T18:00:00+01:00",
         *       "unitsPerPerson": 5,
         *       "maxHouseholdSize": 12,
         *       "stockUnits": 350000
         *     }
         */
        RoundCreate: {
            /** @description The round's id. */
            id: string;
            /** @description Title (Italian). */
            title: string;
            /** @description What is handed out (Italian). */
            item: string;
            /** @description Title in English (defaults to the Italian). */
            titleEn?: string;
            /** @description What is handed out, in English. */
            itemEn?: string;
            /**
             * Format: date-time
             * @description When bookings open.
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description When bookings close.
             */
            closesAt: string;
            /**
             * Format: int32
             * @description Units per household member.
             */
            unitsPerPerson: number;
            /**
             * Format: int32
             * @description Largest household.
             */
            maxHouseholdSize: number;
            /**
             * Format: int32
             * @description Units in stock.
             */
            stockUnits: number;
        };
        /**
         * @description What to change in a round (at least one field).
         * @example {
         *       "stockUnits": 400000
         *     }
         */
        RoundChange: {
            /**
             * Format: date-time
             * @description When bookings open.
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description When bookings close.
             */
            closesAt?: string;
            /**
             * Format: int32
             * @description Units in stock (never below those booked).
             */
            stockUnits?: number;
        };
        /**
         * @description A voucher to issue.
         * @example {
         *       "holderTaxCode": "VRDLGU40C15L219Q",
         *       "faceValueCents": 15000,
         *       "expiresOn": "2027-03-31",
         *       "district": 3
         *     }
         */
        VoucherIssue: {
            holderTaxCode: components["schemas"]["TaxCode"];
            /**
             * Format: int32
             * @description Value, in euro cents.
             */
            faceValueCents: number;
            /**
             * Format: date
             * @description Last day it can be spent.
             */
            expiresOn: string;
            district: components["schemas"]["District"];
        };
        /**
         * @description Why the voucher is revoked (optional).
         * @example {
         *       "reason": "issued-by-mistake"
         *     }
         */
        VoucherRevocation: {
            /**
             * @description Why.
             * @enum {string}
             */
            reason?: "issued-by-mistake" | "holder-not-eligible" | "lost";
        };
        /**
         * @description One operator action or read of personal data; never the personal data itself.
         * @example {
         *       "at": "2026-11-26T10:15:00+01:00",
         *       "subject": "demo-admin-ferrero",
         *       "roles": [
         *         "administrator"
         *       ],
         *       "partnerId": "demo-torino",
         *       "action": "update_ppe_deliveries",
         *       "record": "PR-7K4M-9QX2-5"
         *     }
         */
        AuditEntry: {
            /**
             * Format: date-time
             * @description When.
             */
            at: string;
            /** @description Who (the token's subject). */
            subject: string;
            roles: components["schemas"]["OperatorRole"][];
            /** @description The partner site it came through. */
            partnerId: string;
            /** @description What: the operation, e.g. `update_ppe_deliveries`. */
            action: string;
            /** @description Which record: a code, an id, or a round and building. */
            record: string;
        };
        /**
         * @description A page of the audit log, newest first.
         * @example {
         *       "items": [],
         *       "page": {
         *         "page": 1,
         *         "pageSize": 100,
         *         "total": 0
         *       }
         *     }
         */
        AuditLog: {
            items: components["schemas"]["AuditEntry"][];
            page: components["schemas"]["Page"];
        };
    };
    responses: {
        /** @description The request is malformed or a field is invalid (`validation-error`, `malformed-request`). */
        BadRequest: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:sportello:problem:validation-error",
                 *       "title": "Alcuni dati non sono validi",
                 *       "status": 400,
                 *       "detail": "Controlla i campi evidenziati.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/applicant/taxCode",
                 *           "code": "check-character"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The partner key is missing or unknown, or a required bearer token is missing or expired (`unauthorized`). */
        Unauthorized: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The operator's token is valid but does not allow this (another role, or someone else's building, shop, activity or request) (`forbidden`). */
        Forbidden: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Nothing matches (`round-not-found`, `building-not-in-network`, `booking-not-found`,
         *     `voucher-not-found`, `event-not-found`, `ticket-not-found`, `not-found`).
         */
        NotFound: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request conflicts with the current state (`round-full`, `already-booked`, `window-closed`,
         *     `not-cancellable`, `event-full`, `already-registered`, `registration-closed`,
         *     `idempotency-in-flight`, and on the operators' side `invalid-transition`, `insufficient-balance`,
         *     `voucher-not-active`, `void-window-closed`, `stock-below-booked`, `round-exists`).
         */
        Conflict: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:sportello:problem:already-booked",
                 *       "title": "Hai già prenotato",
                 *       "status": 409,
                 *       "detail": "Per questo turno esiste già una prenotazione con questo codice fiscale."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 16 KiB (`payload-too-large`). */
        PayloadTooLarge: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not `application/json` (`unsupported-media-type`). */
        UnsupportedMediaType: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The idempotency key was already used with a different request body (`idempotency-key-reused`). */
        UnprocessableContent: {
            headers: {
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this client or partner (`rate-limited`); wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:sportello:problem:rate-limited",
                 *       "title": "Troppi tentativi",
                 *       "status": 429,
                 *       "detail": "Riprova tra 30 secondi.",
                 *       "retryAfterSeconds": 30
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected error on the server (`internal-error`); nothing was changed. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service is down or overloaded (`service-unavailable`); wait `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
         *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
         * @example it
         */
        AcceptLanguage: string;
        /**
         * @description One key per logical create, the same on every retry of it (a UUID is a good key).
         * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
         */
        IdempotencyKey: string;
        /** @description The booking's code. */
        BookingCode: components["schemas"]["BookingCode"];
        /** @description The activity's identifier. */
        EventId: components["schemas"]["EventId"];
        /** @description A redemption's identifier. */
        RedemptionId: string;
        /** @description A help request's ticket code. */
        TicketCode: components["schemas"]["TicketCode"];
        /** @description A registration's code. */
        RegistrationCode: string;
        /** @description A distribution round. */
        RoundId: string;
        /** @description A voucher's code (not personal data on its own; revocation is for city operators only). */
        VoucherCodePath: components["schemas"]["VoucherCode"];
        /** @description Page number, from 1. */
        Page: number;
        /** @description Items per page. */
        PageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed in the current window. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the current window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    show_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is up. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Status"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_ppe_rounds: {
        parameters: {
            query?: {
                /** @description Only rounds in this state. */
                state?: components["schemas"]["RoundState"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rounds. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resolve_ppe_building: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildingQuery"];
            };
        };
        responses: {
            /** @description The building. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Building"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_ppe_booking: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description The booking is confirmed. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    find_ppe_booking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingLookup"];
            };
        };
        responses: {
            /** @description The booking. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancel_ppe_booking: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The booking's code. */
                bookingCode: components["parameters"]["BookingCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingCancellation"];
            };
        };
        responses: {
            /** @description The booking, now cancelled. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    check_voucher: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherCheckRequest"];
            };
        };
        responses: {
            /** @description The voucher. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_voucher_shops: {
        parameters: {
            query?: {
                /** @description Only shops in this circoscrizione (1-8). */
                district?: components["schemas"]["District"];
                /** @description Only shops with this postcode (Turin, 10121-10156). */
                cap?: components["schemas"]["Cap"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shops. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_events: {
        parameters: {
            query: {
                /**
                 * @description Start of the range (inclusive), ISO 8601 with offset.
                 * @example 2026-12-01T00:00:00+01:00
                 */
                from: string;
                /**
                 * @description End of the range (exclusive), ISO 8601 with offset; at most 100 days after `from`.
                 * @example 2027-01-01T00:00:00+01:00
                 */
                to: string;
                /** @description Only activities in these categories. */
                category?: components["schemas"]["EventCategory"][];
                /** @description Only activities in these circoscrizioni. */
                district?: components["schemas"]["District"][];
                /** @description Only activities with seats left. */
                freeSeats?: boolean;
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activities. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_event: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The activity's identifier. */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_event_calendar_file: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The activity's identifier. */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar file. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    /** @description `attachment; filename="<event>.ics"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Sportello//IT
                     *     END:VCALENDAR
                     */
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_event_registration: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The activity's identifier. */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRequest"];
            };
        };
        responses: {
            /** @description Registered, or on the waiting list. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_help_topics: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The topics. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpTopicList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_help_request: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestCreate"];
            };
        };
        responses: {
            /** @description The request is received. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    find_help_request: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestLookup"];
            };
        };
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_operator: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in operator. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Operator"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_operator_bookings: {
        parameters: {
            query: {
                /** @description The distribution round. */
                roundId: string;
                /** @description One of my buildings (all of them when absent). */
                buildingCode?: components["schemas"]["BuildingCode"];
                /** @description Only bookings in this state. */
                state?: components["schemas"]["BookingState"];
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bookings. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorBookingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_ppe_booking_on_behalf: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description The booking, confirmed. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    update_ppe_deliveries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliveryUpdate"];
            };
        };
        responses: {
            /** @description Each booking with its state now. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryUpdateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_ppe_delivery_list: {
        parameters: {
            query: {
                /** @description The distribution round. */
                roundId: string;
                /** @description One of my buildings (all of them when absent). */
                buildingCode?: components["schemas"]["BuildingCode"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery list. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_voucher_redemptions: {
        parameters: {
            query?: {
                /** @description A day, Europe/Rome (default today). */
                date?: string;
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day's redemptions. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopRedemptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_voucher_redemption: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionRequest"];
            };
        };
        responses: {
            /** @description The redemption, with the balance before and after. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopRedemption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    void_voucher_redemption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A redemption's identifier. */
                redemptionId: components["parameters"]["RedemptionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionVoid"];
            };
        };
        responses: {
            /** @description The redemption, voided. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShopRedemption"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_operator_help_requests: {
        parameters: {
            query?: {
                /** @description Only requests in this state. */
                state?: components["schemas"]["HelpTicketState"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requests. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHelpRequestList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_operator_help_request: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A help request's ticket code. */
                ticketCode: components["parameters"]["TicketCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHelpRequestDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    assign_help_request: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A help request's ticket code. */
                ticketCode: components["parameters"]["TicketCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpAssignment"];
            };
        };
        responses: {
            /** @description The request, assigned. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    schedule_help_request: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A help request's ticket code. */
                ticketCode: components["parameters"]["TicketCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpSchedule"];
            };
        };
        responses: {
            /** @description The request, scheduled. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    close_help_request: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A help request's ticket code. */
                ticketCode: components["parameters"]["TicketCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpClosure"];
            };
        };
        responses: {
            /** @description The request, closed. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorHelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    show_event_attendance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The activity's identifier. */
                eventId: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attendance list. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    check_in_registration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A registration's code. */
                registrationCode: components["parameters"]["RegistrationCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckIn"];
            };
        };
        responses: {
            /** @description The attendance entry. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancel_event_registration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A registration's code. */
                registrationCode: components["parameters"]["RegistrationCode"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationCancellationRequest"];
            };
        };
        responses: {
            /** @description The cancellation and the promotions. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationCancellation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_ppe_round: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundCreate"];
            };
        };
        responses: {
            /** @description The round. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    change_ppe_round: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A distribution round. */
                roundId: components["parameters"]["RoundId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundChange"];
            };
        };
        responses: {
            /** @description The round, changed. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    create_voucher: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description One key per logical create, the same on every retry of it (a UUID is a good key).
                 * @example 2b4e3f0a-9d7c-4c1e-8a55-1f0f6d2c7b90
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherIssue"];
            };
        };
        responses: {
            /** @description The voucher. */
            201: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revoke_voucher: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description A voucher's code (not personal data on its own; revocation is for city operators only). */
                voucherCode: components["parameters"]["VoucherCodePath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherRevocation"];
            };
        };
        responses: {
            /** @description The voucher, revoked. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voucher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    list_audit_entries: {
        parameters: {
            query?: {
                /** @description Page number, from 1. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description Language of `title`, `detail` and descriptive texts: `it` or `en`, with the usual q-values
                 *     (`en-GB,en;q=0.9`). Any other value, or none, means Italian; it is never an error.
                 * @example it
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries. */
            200: {
                headers: {
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLog"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
