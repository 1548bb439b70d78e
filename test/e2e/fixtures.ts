// The Playwright `test` for specs that use waitForOp: every page watches its API socket from the start.
import { test as base } from "@playwright/test";
import { watchApi } from "./serve.js";

export const test = base.extend({
  page: async ({ page }, use) => {
    watchApi(page);
    await use(page);
  },
});
export { expect, type Locator } from "@playwright/test";
