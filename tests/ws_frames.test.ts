// src/transport/ws_frames.ts: RFC 6455 framing without I/O. The Unix-socket tests in
// websocket.test.ts run it against the real server; these pin the edge cases.
import { describe, test } from "./_helpers.ts";
import assert from "node:assert/strict";
import {
  closePayload,
  concat,
  encodeFrame,
  FrameReader,
  Opcode,
  parseClosePayload,
  parseFrameHeader,
} from "../src/transport/ws_frames.ts";

function reader(maxMessageBytes = 1 << 20) {
  const seen: string[] = [];
  let open = true;
  const r = new FrameReader({
    message: (text) => seen.push(`message ${text}`),
    oversized: (bytes, prefix) => seen.push(`oversized ${bytes} ${prefix.slice(0, 5)}`),
    ping: (payload) => seen.push(`ping ${new TextDecoder().decode(payload)}`),
    close: (payload) => {
      const { code, reason } = parseClosePayload(payload);
      seen.push(`close ${code} ${reason}`);
    },
    fail: (code, why) => {
      open = false;
      seen.push(`fail ${code} ${why}`);
    },
    reading: () => open,
  }, maxMessageBytes);
  return { r, seen };
}

const text = (s: string) => new TextEncoder().encode(s);

describe("encodeFrame", () => {
  test("masks every client frame and picks the 7-, 16- or 64-bit length form", () => {
    for (const [length, headerBytes] of [[0, 2], [125, 2], [126, 4], [65535, 4], [65536, 10]]) {
      const payload = new Uint8Array(length).fill(7);
      const frame = encodeFrame(Opcode.Binary, payload, true);
      assert.equal(frame.length, headerBytes + 4 + length, `length ${length}`);
      const parsed = parseFrameHeader(frame, 0);
      assert.ok(parsed && typeof parsed !== "string");
      assert.equal(parsed.size, headerBytes + 4);
      assert.equal(parsed.frame.remaining, length);
      assert.equal(parsed.frame.opcode, Opcode.Binary);
      assert.equal(parsed.frame.fin, true);
      assert.ok(parsed.frame.mask, "masked");
    }
  });

  test("close payloads carry the code and a reason cut to 123 bytes", () => {
    const payload = closePayload(1000, "x".repeat(300));
    assert.equal(payload.length, 125);
    assert.deepEqual(parseClosePayload(payload), { code: 1000, reason: "x".repeat(123) });
    assert.deepEqual(parseClosePayload(new Uint8Array(0)), { code: 1005, reason: "" });
  });
});

describe("FrameReader", () => {
  test("reads messages split anywhere, fragmented, with control frames in between", () => {
    const { r, seen } = reader();
    const bytes = concat(
      encodeFrame(Opcode.Text, text('{"a":1}'), true),
      encodeFrame(Opcode.Text, text('{"b":'), false),
      encodeFrame(Opcode.Ping, text("hb"), true),
      encodeFrame(Opcode.Continuation, text("2}"), true),
      encodeFrame(Opcode.Close, closePayload(1001, "bye"), true),
    );
    // One byte at a time: headers and masks straddle every possible boundary.
    for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
    assert.deepEqual(seen, ['message {"a":1}', "ping hb", 'message {"b":2}', "close 1001 bye"]);
  });

  test("drops a message over the limit as it streams, keeping only a prefix", () => {
    const { r, seen } = reader(10);
    r.push(encodeFrame(Opcode.Text, text("0123456789abcdef"), false));
    r.push(encodeFrame(Opcode.Continuation, text("ghij"), true));
    r.push(encodeFrame(Opcode.Text, text("ok"), true));
    assert.deepEqual(seen, ["oversized 20 01234", "message ok"]);
  });

  test("fails the connection with 1002 on protocol violations", () => {
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array([0x80 | 0x40 | Opcode.Text, 0]), /reserved bits/],
      [encodeFrame(Opcode.Continuation, text("x"), true), /continuation frame without a message/],
      [
        concat(
          encodeFrame(Opcode.Text, text("a"), false),
          encodeFrame(Opcode.Text, text("b"), true),
        ),
        /new message inside/,
      ],
      [encodeFrame(Opcode.Ping, text("x"), false), /invalid control frame/],
      [encodeFrame(Opcode.Ping, new Uint8Array(126), true), /invalid control frame/],
      [encodeFrame(0x3, text("x"), true), /unknown opcode 3/],
    ];
    for (const [bytes, why] of cases) {
      const { r, seen } = reader();
      r.push(bytes);
      assert.equal(seen.length, 1, String(why));
      assert.match(seen[0], /^fail 1002 /);
      assert.match(seen[0], why);
    }
  });

  test("stops reading in the middle of a chunk once the connection is gone", () => {
    const { r, seen } = reader();
    r.push(
      concat(
        new Uint8Array([0x80 | 0x40 | Opcode.Text, 0]),
        encodeFrame(Opcode.Text, text("late"), true),
      ),
    );
    assert.deepEqual(seen, ["fail 1002 reserved bits set (no extension was negotiated)"]);
  });
});
