// Base64 of bytes with the web-standard btoa, on every runtime (no Buffer in Deno).

/** Standard base64 with padding (the WebSocket handshake's key and accept values). */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

/** URL-safe base64 without padding (JWT segments). */
export function base64url(bytes: Uint8Array): string {
  return base64(bytes).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}
