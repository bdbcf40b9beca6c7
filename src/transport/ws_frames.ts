// RFC 6455 framing for the client side of a WebSocket, with no I/O: what the Unix-socket
// transport needs after its HTTP upgrade, since no runtime's WebSocket class can dial a
// Unix socket. `encodeFrame` builds one outgoing (masked) frame; `FrameReader` turns the
// incoming byte stream into messages and control frames as it arrives.
//
// A frame on the wire (RFC 6455 §5.2):
//
//    byte 0: FIN (1 bit) · RSV1-3 (3 bits, must be 0: no extension is negotiated) · opcode (4)
//    byte 1: MASK (1 bit) · payload length (7 bits: 0-125, or 126 / 127 for the forms below)
//    then:   16-bit length if it said 126, 64-bit length if it said 127 (big-endian)
//    then:   a 4-byte masking key if MASK is set (clients must mask, servers must not)
//    then:   the payload
//
// A message is one frame with FIN set, or a text/binary frame without FIN followed by
// continuation frames, the last with FIN. Control frames (close, ping, pong) may arrive
// between the fragments of a message, carry at most 125 bytes and are never fragmented.

/** Frame opcodes (RFC 6455 §5.2). Control frames are the ones with bit 3 set. */
export const Opcode = {
  /** Continues a fragmented message. */
  Continuation: 0x0,
  /** The first (or only) frame of a UTF-8 text message. */
  Text: 0x1,
  /** The first (or only) frame of a binary message. */
  Binary: 0x2,
  /** Starts or answers the closing handshake; payload: a 2-byte code and a UTF-8 reason. */
  Close: 0x8,
  /** Must be answered with a pong carrying the same payload. */
  Ping: 0x9,
  /** The answer to a ping (or an unsolicited heartbeat). */
  Pong: 0xa,
} as const;

const FIN = 0x80;
const RSV_BITS = 0x70;
const OPCODE_BITS = 0x0f;
const MASK_BIT = 0x80;
const LENGTH_BITS = 0x7f;
/** Length values of byte 1 that announce a longer length field. */
const LENGTH_16 = 126;
const LENGTH_64 = 127;
/** The longest control-frame payload (§5.5). */
const MAX_CONTROL_PAYLOAD = 125;
/** The longest close reason: a control payload less the 2-byte code. */
const MAX_CLOSE_REASON = MAX_CONTROL_PAYLOAD - 2;

/** True for close, ping and pong. */
export function isControl(opcode: number): boolean {
  return (opcode & 0x8) !== 0;
}

/**
 * One outgoing frame, masked with a fresh random key as every client frame must be
 * (§5.3: the mask keeps a client from steering the bytes an intermediary sees).
 */
export function encodeFrame(opcode: number, payload: Uint8Array, fin: boolean): Uint8Array {
  const length = payload.length;
  const lengthField = length <= MAX_CONTROL_PAYLOAD ? 0 : length < 65536 ? 2 : 8;
  const headerLength = 2 + lengthField;
  const frame = new Uint8Array(headerLength + 4 + length);
  frame[0] = (fin ? FIN : 0) | opcode;
  const view = new DataView(frame.buffer);
  if (lengthField === 0) {
    frame[1] = MASK_BIT | length;
  } else if (lengthField === 2) {
    frame[1] = MASK_BIT | LENGTH_16;
    view.setUint16(2, length);
  } else {
    frame[1] = MASK_BIT | LENGTH_64;
    view.setUint32(2, Math.floor(length / 2 ** 32));
    view.setUint32(6, length >>> 0);
  }
  const mask = crypto.getRandomValues(new Uint8Array(4));
  frame.set(mask, headerLength);
  const start = headerLength + 4;
  for (let i = 0; i < length; i++) frame[start + i] = payload[i] ^ mask[i & 3];
  return frame;
}

/** The payload of a close frame: the code, then the reason cut to fit 125 bytes. */
export function closePayload(code: number, reason: string): Uint8Array {
  const reasonBytes = new TextEncoder().encode(reason).subarray(0, MAX_CLOSE_REASON);
  const payload = new Uint8Array(2 + reasonBytes.length);
  new DataView(payload.buffer).setUint16(0, code);
  payload.set(reasonBytes, 2);
  return payload;
}

/** Reads a received close frame's payload; no code at all means 1005 ("no status"). */
export function parseClosePayload(payload: Uint8Array): { code: number; reason: string } {
  if (payload.length < 2) return { code: 1005, reason: "" };
  return {
    code: new DataView(payload.buffer, payload.byteOffset).getUint16(0),
    reason: new TextDecoder().decode(payload.subarray(2)),
  };
}

/** A frame being read: its header, and how much of its payload is still to come. */
interface Frame {
  fin: boolean;
  opcode: number;
  /** The masking key; servers do not mask, but a masked frame is unmasked all the same. */
  mask: Uint8Array | undefined;
  remaining: number;
  /** Where in the 4-byte key the next payload byte is (a payload spans many chunks). */
  maskOffset: number;
  /** A control frame's payload pieces (at most 125 bytes in all). */
  control: Uint8Array[];
}

/** A data message being assembled from its frames. */
interface Message {
  parts: Uint8Array[];
  bytes: number;
  /** Over the size limit: the rest is counted and dropped, only a prefix is kept. */
  dropping: boolean;
}

/**
 * Parses a frame header at `pos`: the frame and the header's size, an error message (the
 * connection must be failed with 1002), or undefined when the header is not complete yet.
 */
export function parseFrameHeader(
  data: Uint8Array,
  pos: number,
): { frame: Frame; size: number } | string | undefined {
  if (data.length - pos < 2) return undefined;
  const b0 = data[pos];
  const b1 = data[pos + 1];
  if ((b0 & RSV_BITS) !== 0) return "reserved bits set (no extension was negotiated)";
  const masked = (b1 & MASK_BIT) !== 0;
  let length = b1 & LENGTH_BITS;
  let size = 2;
  if (length === LENGTH_16) {
    if (data.length - pos < 4) return undefined;
    length = (data[pos + 2] << 8) | data[pos + 3];
    size = 4;
  } else if (length === LENGTH_64) {
    if (data.length - pos < 10) return undefined;
    const view = new DataView(data.buffer, data.byteOffset + pos + 2, 8);
    const high = view.getUint32(0);
    // Past 2^53 a JavaScript number loses bytes; no real message comes near it.
    if (high >= 2 ** 21) return "frame length beyond 2^53";
    length = high * 2 ** 32 + view.getUint32(4);
    size = 10;
  }
  let mask: Uint8Array | undefined;
  if (masked) {
    if (data.length - pos < size + 4) return undefined;
    mask = data.slice(pos + size, pos + size + 4);
    size += 4;
  }
  return {
    frame: {
      fin: (b0 & FIN) !== 0,
      opcode: b0 & OPCODE_BITS,
      mask,
      remaining: length,
      maskOffset: 0,
      control: [],
    },
    size,
  };
}

/** What a {@link FrameReader} reports. */
export interface FrameReaderEvents {
  /** A complete text (or binary, decoded as UTF-8) message. */
  message(text: string): void;
  /** A message over the limit was dropped: its size, and its first bytes decoded. */
  oversized(bytes: number, prefix: string): void;
  /** A ping arrived: answer with a pong carrying `payload`. */
  ping(payload: Uint8Array): void;
  /** The peer sent a close frame. */
  close(payload: Uint8Array): void;
  /** The stream broke the protocol: fail the connection with `code`. */
  fail(code: number, why: string): void;
  /** False once the connection is gone: reading stops (also in the middle of a chunk). */
  reading(): boolean;
}

/**
 * Turns the incoming byte stream into messages as it arrives. A payload is consumed piece
 * by piece, so a message over `maxMessageBytes` is discarded as it streams in and never
 * held whole; only an incomplete frame header (at most 14 bytes) waits between chunks.
 */
export class FrameReader {
  readonly #events: FrameReaderEvents;
  readonly #maxMessageBytes: number;
  readonly #decoder = new TextDecoder();
  #pending: Uint8Array = new Uint8Array(0);
  #frame: Frame | undefined;
  #message: Message | undefined;

  /** Creates a reader that reports to `events`. */
  constructor(events: FrameReaderEvents, maxMessageBytes: number) {
    this.#events = events;
    this.#maxMessageBytes = maxMessageBytes;
  }

  /** Reads one chunk of the stream. */
  push(chunk: Uint8Array): void {
    const data = this.#pending.length > 0 ? concat(this.#pending, chunk) : chunk;
    this.#pending = new Uint8Array(0);
    let pos = 0;
    while (this.#events.reading()) {
      if (!this.#frame) {
        const header = parseFrameHeader(data, pos);
        if (header === undefined) {
          this.#pending = data.slice(pos);
          return;
        }
        if (typeof header === "string") return this.#events.fail(1002, header);
        pos += header.size;
        const error = this.#beginFrame(header.frame);
        if (error) return this.#events.fail(1002, error);
      }
      const frame = this.#frame!;
      if (frame.remaining > 0) {
        if (pos >= data.length) return;
        const take = Math.min(frame.remaining, data.length - pos);
        let piece = data.subarray(pos, pos + take);
        pos += take;
        frame.remaining -= take;
        if (frame.mask) {
          piece = piece.slice();
          for (let i = 0; i < piece.length; i++) piece[i] ^= frame.mask[(frame.maskOffset + i) & 3];
          frame.maskOffset += piece.length;
        }
        this.#consume(frame, piece);
        if (frame.remaining > 0) return;
      }
      this.#frame = undefined;
      this.#endFrame(frame);
      if (pos >= data.length) return;
    }
  }

  /** Checks a new frame against the message in progress; returns why it is invalid. */
  #beginFrame(frame: Frame): string | undefined {
    if (isControl(frame.opcode)) {
      if (!frame.fin || frame.remaining > MAX_CONTROL_PAYLOAD) return "invalid control frame";
    } else if (frame.opcode === Opcode.Continuation) {
      if (!this.#message) return "continuation frame without a message";
    } else if (frame.opcode === Opcode.Text || frame.opcode === Opcode.Binary) {
      if (this.#message) return "new message inside a fragmented one";
      this.#message = { parts: [], bytes: 0, dropping: false };
    } else {
      return `unknown opcode ${frame.opcode}`;
    }
    this.#frame = frame;
    return undefined;
  }

  #consume(frame: Frame, piece: Uint8Array): void {
    if (isControl(frame.opcode)) {
      frame.control.push(piece);
      return;
    }
    const message = this.#message!;
    message.bytes += piece.length;
    if (message.dropping) return;
    if (message.bytes > this.#maxMessageBytes) {
      message.dropping = true;
      // Keep a short prefix for the report, never the message.
      message.parts = [concat(...message.parts, piece).slice(0, 200)];
      return;
    }
    message.parts.push(piece);
  }

  #endFrame(frame: Frame): void {
    if (isControl(frame.opcode)) {
      const payload = concat(...frame.control);
      if (frame.opcode === Opcode.Ping) this.#events.ping(payload);
      else if (frame.opcode === Opcode.Close) this.#events.close(payload);
      // A pong needs nothing: this client sends no pings of its own.
      return;
    }
    if (!frame.fin) return;
    const message = this.#message!;
    this.#message = undefined;
    if (message.dropping) {
      this.#events.oversized(
        message.bytes,
        this.#decoder.decode(message.parts[0] ?? new Uint8Array(0)),
      );
      return;
    }
    const bytes = message.parts.length === 1 ? message.parts[0] : concat(...message.parts);
    this.#events.message(this.#decoder.decode(bytes));
  }
}

/** The parts joined into one array. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
