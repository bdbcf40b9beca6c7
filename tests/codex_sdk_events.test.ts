// The translation of app-server events into @openai/codex-sdk's events, for the item kinds
// the scripted model cannot make the real binary produce (plans, patches, MCP tool calls,
// web searches): fed by hand, checked against what `codex exec --experimental-json` prints.
import { describe, it } from "./_helpers.ts";
import assert from "node:assert/strict";
import { EventTranslator } from "../src/compat/events.ts";
import {
  appServerConfigArgs,
  flattenConfig,
  threadResumeParams,
  threadStartParams,
  toWireInput,
} from "../src/compat/options.ts";
import type { TurnEvent } from "../src/api/turn.ts";

const ids = { threadId: "t", turnId: "u" };
/** A hand-made protocol event (the shapes are the generated types'; not checked here). */
const ev = (method: string, params: Record<string, unknown>): TurnEvent =>
  ({ method, params: { ...ids, ...params } }) as unknown as TurnEvent;
const turn = (status: string, items: unknown[] = [], error?: unknown) =>
  ev("turn/completed", { turn: { id: "u", status, items, error } });
const usage = (total: number[], last: number[]) => {
  const b = ([i, c, o, r]: number[]) => ({
    inputTokens: i,
    cachedInputTokens: c,
    outputTokens: o,
    reasoningOutputTokens: r,
    totalTokens: i + o,
  });
  return ev("thread/tokenUsage/updated", { tokenUsage: { total: b(total), last: b(last) } });
};

function run(events: TurnEvent[]): unknown[] {
  const t = new EventTranslator();
  return events.flatMap((e) => t.translate(e));
}

describe("codex-sdk event translation (events.ts)", () => {
  it("a plan becomes one todo_list item: started, updated, completed before turn.completed", () => {
    const plan = (s1: string, s2: string) =>
      ev("turn/plan/updated", {
        plan: [{ step: "look", status: s1 }, { step: "fix", status: s2 }],
      });
    assert.deepEqual(
      run([
        ev("turn/started", {}),
        plan("inProgress", "pending"),
        plan("completed", "inProgress"),
        turn("completed"),
      ]),
      [
        { type: "turn.started" },
        {
          type: "item.started",
          item: {
            id: "item_0",
            type: "todo_list",
            items: [{ text: "look", completed: false }, { text: "fix", completed: false }],
          },
        },
        {
          type: "item.updated",
          item: {
            id: "item_0",
            type: "todo_list",
            items: [{ text: "look", completed: true }, { text: "fix", completed: false }],
          },
        },
        {
          type: "item.completed",
          item: {
            id: "item_0",
            type: "todo_list",
            items: [{ text: "look", completed: true }, { text: "fix", completed: false }],
          },
        },
        {
          type: "turn.completed",
          usage: {
            input_tokens: 0,
            cached_input_tokens: 0,
            cache_write_input_tokens: 0,
            output_tokens: 0,
            reasoning_output_tokens: 0,
          },
        },
      ],
    );
  });

  it("a file change keeps its id from start through patch updates to completion", () => {
    const change = (kind: string) => [{ path: "a.txt", kind: { type: kind }, diff: "+x" }];
    assert.deepEqual(
      run([
        ev("item/started", {
          item: { type: "fileChange", id: "fc", changes: change("add"), status: "inProgress" },
        }),
        ev("item/fileChange/patchUpdated", { itemId: "fc", changes: change("update") }),
        ev("item/started", {
          item: { type: "fileChange", id: "fc", changes: change("update"), status: "inProgress" },
        }),
        ev("item/completed", {
          item: { type: "fileChange", id: "fc", changes: change("update"), status: "declined" },
        }),
      ]),
      [
        {
          type: "item.started",
          item: {
            id: "item_0",
            type: "file_change",
            changes: [{ path: "a.txt", kind: "add" }],
            status: "in_progress",
          },
        },
        {
          type: "item.updated",
          item: {
            id: "item_0",
            type: "file_change",
            changes: [{ path: "a.txt", kind: "update" }],
            status: "in_progress",
          },
        },
        {
          type: "item.updated",
          item: {
            id: "item_0",
            type: "file_change",
            changes: [{ path: "a.txt", kind: "update" }],
            status: "in_progress",
          },
        },
        {
          type: "item.completed",
          item: {
            id: "item_0",
            type: "file_change",
            changes: [{ path: "a.txt", kind: "update" }],
            status: "failed",
          },
        },
      ],
    );
  });

  it("MCP tool calls and web searches in the official shapes; other item kinds are left out", () => {
    const mcp = {
      type: "mcpToolCall",
      id: "m",
      server: "docs",
      tool: "search",
      arguments: { q: 1 },
      status: "inProgress",
    };
    assert.deepEqual(
      run([
        ev("item/started", { item: mcp }),
        ev("item/completed", {
          item: {
            ...mcp,
            status: "completed",
            result: {
              content: [{ type: "text", text: "hit" }],
              structuredContent: { n: 1 },
              _meta: {},
            },
          },
        }),
        ev("item/completed", {
          item: { ...mcp, id: "m2", status: "failed", error: { message: "nope" } },
        }),
        ev("item/started", { item: { type: "webSearch", id: "w", query: "valibot" } }),
        ev("item/completed", {
          item: { type: "webSearch", id: "w", query: "valibot", action: { type: "search" } },
        }),
        ev("item/completed", { item: { type: "userMessage", id: "um", content: [] } }),
        ev("item/completed", {
          item: { type: "reasoning", id: "r", summary: ["  "], content: [] },
        }),
      ]),
      [
        {
          type: "item.started",
          item: {
            id: "item_0",
            type: "mcp_tool_call",
            server: "docs",
            tool: "search",
            arguments: { q: 1 },
            status: "in_progress",
          },
        },
        {
          type: "item.completed",
          item: {
            id: "item_0",
            type: "mcp_tool_call",
            server: "docs",
            tool: "search",
            arguments: { q: 1 },
            result: { content: [{ type: "text", text: "hit" }], structured_content: { n: 1 } },
            status: "completed",
          },
        },
        {
          type: "item.completed",
          item: {
            id: "item_1",
            type: "mcp_tool_call",
            server: "docs",
            tool: "search",
            arguments: { q: 1 },
            error: { message: "nope" },
            status: "failed",
          },
        },
        { type: "item.started", item: { id: "item_2", type: "web_search", query: "valibot" } },
        { type: "item.completed", item: { id: "item_2", type: "web_search", query: "valibot" } },
      ],
    );
  });

  it("error notifications, warnings and reroutes; a started item the turn never completed is completed from the turn", () => {
    const cmd = {
      type: "commandExecution",
      id: "c",
      command: "ls",
      cwd: "/",
      commandActions: [],
      status: "inProgress",
    };
    assert.deepEqual(
      run([
        ev("error", {
          willRetry: true,
          error: { message: "Reconnecting... 1/5", additionalDetails: "503" },
        }),
        ev("model/rerouted", { fromModel: "a", toModel: "b", reason: "highRiskCyberActivity" }),
        ev("item/started", { item: cmd }),
        turn("failed", [{ ...cmd, status: "failed", aggregatedOutput: "x", exitCode: 2 }], {
          message: "quota",
          additionalDetails: "try later",
        }),
      ]),
      [
        { type: "error", message: "Reconnecting... 1/5 (503)" },
        {
          type: "item.completed",
          item: {
            id: "item_0",
            type: "error",
            message: "model rerouted: a -> b (highRiskCyberActivity)",
          },
        },
        {
          type: "item.started",
          item: {
            id: "item_1",
            type: "command_execution",
            command: "ls",
            aggregated_output: "",
            exit_code: null,
            status: "in_progress",
          },
        },
        {
          type: "item.completed",
          item: {
            id: "item_1",
            type: "command_execution",
            command: "ls",
            aggregated_output: "x",
            exit_code: 2,
            status: "failed",
          },
        },
        { type: "turn.failed", error: { message: "quota (try later)" } },
      ],
    );
    const t = new EventTranslator();
    assert.deepEqual(t.translate(turn("interrupted")), []);
    assert.deepEqual(t.end, { status: "interrupted" });
  });

  it("usage is the turn's own: the thread's total at the end minus its total before the turn", () => {
    const events = run([
      usage([100, 10, 20, 5], [30, 10, 4, 1]), // 70 / 0 / 16 / 4 before this turn
      usage([160, 40, 26, 6], [60, 30, 6, 1]),
      turn("completed"),
    ]);
    assert.deepEqual(events.at(-1), {
      type: "turn.completed",
      usage: {
        input_tokens: 90,
        cached_input_tokens: 40,
        cache_write_input_tokens: 0,
        output_tokens: 10,
        reasoning_output_tokens: 2,
      },
    });
  });
});

describe("codex-sdk options and input (options.ts)", () => {
  it("flattens config as the official SDK does: dotted keys, {} for empty tables, TOML values", () => {
    assert.deepEqual(
      flattenConfig({
        model: "o3",
        sandbox_workspace_write: { network_access: true, writable_roots: ["/a", "/b"] },
        tools: {},
        skipped: undefined as never,
        profiles: { fast: { model_reasoning_effort: "low", limits: [1, 2.5] } },
        "quoted key": { on: false },
      }),
      [
        'model="o3"',
        "sandbox_workspace_write.network_access=true",
        'sandbox_workspace_write.writable_roots=["/a", "/b"]',
        "tools={}",
        'profiles.fast.model_reasoning_effort="low"',
        "profiles.fast.limits=[1, 2.5]",
        "quoted key.on=false",
      ],
    );
    assert.throws(() => flattenConfig({ a: null as never }), /at a cannot be null/);
    assert.throws(() => flattenConfig({ a: { "": 1 } }), /non-empty/);
    assert.throws(() => flattenConfig({ n: Infinity }), /at n/);
  });

  it("orders the app-server's overrides: ephemeral store with a key, config, raw, base URL", () => {
    assert.deepEqual(
      appServerConfigArgs({
        apiKey: "sk-x",
        config: { a: 1 },
        configOverrides: ["b=2"],
        baseUrl: "http://127.0.0.1:1/v1",
      }),
      [
        "--config",
        'cli_auth_credentials_store="ephemeral"',
        "--config",
        "a=1",
        "--config",
        "b=2",
        "--config",
        'openai_base_url="http://127.0.0.1:1/v1"',
      ],
    );
    assert.deepEqual(appServerConfigArgs({}), []);
  });

  it("maps thread options onto thread/start and thread/resume params", () => {
    assert.deepEqual(
      threadStartParams({
        model: "m",
        sandboxMode: "workspace-write",
        workingDirectory: "/w",
        approvalPolicy: "on-failure",
        threadSource: "ci",
        modelReasoningEffort: "high",
        networkAccessEnabled: false,
        webSearchEnabled: true,
        additionalDirectories: ["/x"],
      }),
      {
        model: "m",
        sandbox: "workspace-write",
        cwd: "/w",
        threadSource: "ci",
        config: {
          model_reasoning_effort: "high",
          "sandbox_workspace_write.network_access": false,
          web_search: "live",
          approval_policy: "on-failure",
          "sandbox_workspace_write.writable_roots": ["/x"],
        },
      },
    );
    assert.deepEqual(threadResumeParams({ approvalPolicy: "never", threadSource: "ci" }), {
      approvalPolicy: "never",
    });
    assert.deepEqual(threadStartParams({ webSearchMode: "cached", webSearchEnabled: false }), {
      config: { web_search: "cached" },
    });
  });

  it("joins text parts with a blank line and sends local images first, as codex exec does", () => {
    assert.deepEqual(toWireInput("hi"), [{ type: "text", text: "hi" }]);
    assert.deepEqual(
      toWireInput([
        { type: "text", text: "a" },
        { type: "local_image", path: "/i.png" },
        { type: "text", text: "b" },
      ]),
      [{ type: "localImage", path: "/i.png" }, { type: "text", text: "a\n\nb" }],
    );
    assert.throws(() => toWireInput(42 as never), TypeError);
  });
});
