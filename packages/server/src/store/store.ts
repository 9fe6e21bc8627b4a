/**
 * The data-access layer is the domain's store ports (`@sportello/domain`): the SQLite store here
 * implements them, as the in-memory and PostgreSQL stores do.
 */
export type * from '@sportello/domain';
export type { Store, SeedData } from '@sportello/domain';
