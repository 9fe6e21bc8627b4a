/** Europe/Rome time: the SDK's one module (`@sportello/sdk/time`), re-exported for the domain's users. */
export * from '@sportello/sdk/time';
