/** The most raw JavaScript a page may load before the reader interacts: by the import graph (tests/dist/budget.test.ts) and as fetched (tests/e2e/every-page.test.ts). */
export const BUDGET_BYTES = 50 * 1024;
