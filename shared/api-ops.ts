// The names of the API operations, without their schemas, so that the sandboxed preload can list
// them without bundling zod. `test/unit/contract.test.ts` checks this list against shared/api.ts.
export const API_OPS = [
  "getSession",
  "getOpening",
  "openFolder",
  "listItems",
  "searchItems",
  "getItem",
  "saveDraft",
  "approve",
  "reject",
  "undo",
  "redo",
  "exportApproved",
] as const;
export type ApiOp = (typeof API_OPS)[number];

/** IPC channel of an operation; one channel per operation, nothing else is exposed. */
export const ipcChannel = (op: ApiOp): string => `copydesk:${op}`;

/** The browser preview's API socket (see electron/core/api-socket.ts): its path, and the subprotocol a page asks for. */
export const API_SOCKET_PATH = "/api/socket";
export const API_SOCKET_PROTOCOL = "copydesk";
