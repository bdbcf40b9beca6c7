// What goes on the wire when nobody handles a server request: the exact fail-closed answer
// of every server-request method the protocol has (stable and experimental), through a real
// client over an in-memory transport. "Valid for the schema" is not enough: an elicitation
// accepted with no content is as valid as one declined.
import assert from "node:assert/strict";
import { AppServerClient } from "../src/client/client.ts";
import { SERVER_REQUEST_SCHEMAS } from "../gen/methods.ts";
import { SERVER_REQUEST_SCHEMAS as EXPERIMENTAL_SERVER_REQUEST_SCHEMAS } from "../gen/experimental/methods.ts";
import { describe, inMemoryServer, it, type Msg, until } from "./_helpers.ts";

const refused = (method: string) => ({
  error: {
    code: -32601,
    message: `no handler for server request ${method}; refused by codex-app-server`,
  },
});

/** The answer each method gets without a handler. A new method needs a row here. */
const EXPECTED: Record<string, { result: unknown } | { error: unknown }> = {
  "item/commandExecution/requestApproval": { result: { decision: "decline" } },
  "item/fileChange/requestApproval": { result: { decision: "decline" } },
  "item/permissions/requestApproval": { result: { permissions: {}, scope: "turn" } },
  "item/tool/requestUserInput": { result: { answers: {} } },
  "mcpServer/elicitation/request": { result: { action: "decline", content: null } },
  "item/tool/call": { result: { contentItems: [], success: false } },
  // No safe refusal exists: an error, so the server does not mistake it for consent.
  "account/chatgptAuthTokens/refresh": refused("account/chatgptAuthTokens/refresh"),
  "attestation/generate": refused("attestation/generate"),
  "applyPatchApproval": refused("applyPatchApproval"),
  "execCommandApproval": refused("execCommandApproval"),
};

describe("fail-closed answers on the wire", () => {
  it("the table covers every server-request method, stable and experimental", () => {
    const methods = new Set([
      ...Object.keys(SERVER_REQUEST_SCHEMAS),
      ...Object.keys(EXPERIMENTAL_SERVER_REQUEST_SCHEMAS),
    ]);
    assert.deepEqual([...methods].sort(), Object.keys(EXPECTED).sort());
  });

  for (const experimentalApi of [false, true]) {
    it(`answers each method exactly, without a handler${experimentalApi ? " (experimental API)" : ""}`, async () => {
      const server = inMemoryServer({});
      const client = await AppServerClient.connect(server.transport, { experimentalApi });
      try {
        const methods = [...Object.keys(EXPECTED), "future/unknownRequest"];
        for (const [i, method] of methods.entries()) {
          await server.send({
            id: `r${i}`,
            method,
            params: { threadId: "th", turnId: "tu", itemId: `i${i}` },
          });
        }
        const answerOf = (id: string) => server.received.find((m: Msg) => m.id === id);
        await until(() => methods.every((_, i) => answerOf(`r${i}`)), 5_000, "every answer");
        for (const [i, method] of methods.entries()) {
          const { id: _, ...answer } = answerOf(`r${i}`)!;
          assert.deepEqual(answer, EXPECTED[method] ?? refused(method), method);
        }
      } finally {
        await client.close();
      }
    });
  }
});
