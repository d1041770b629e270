// The end-to-end server's rate limits are the production ones times this factor
// (HAKO_RATE_LIMIT_SCALE in playwright.config.ts): the whole suite signs in and applies from one
// address, and the load tests send hundreds of applications a minute from it.
export const E2E_RATE_LIMIT_SCALE = 20;
