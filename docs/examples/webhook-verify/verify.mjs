#!/usr/bin/env node
// Verifies a Kontor webhook (Standard Webhooks v1) with Node's built-in modules only: node:crypto for the HMAC and
// the constant-time comparison. docs/connectors.md explains each check; the kafka-consumer example's
// WebhookVerifiersTest runs this file against signatures of the Standard Webhooks reference library.
//
// As a module:  import { verify } from "./verify.mjs";
//               verify(secret, req.headers, rawBody);   // throws WebhookVerificationError unless valid
// As a command: node verify.mjs --secret whsec_... --webhook-id <id> --webhook-timestamp <s> \
//                 --webhook-signature "v1,..." [--tolerance 300] [--now <unix seconds>] < body
//               prints "valid" (exit 0) or "invalid: <reason>" (exit 1).

import { createHmac, timingSafeEqual } from "node:crypto";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

export const DEFAULT_TOLERANCE_SECONDS = 300;

export class WebhookVerificationError extends Error {}

/**
 * @param {string|string[]} secrets the integration's signing secret, "whsec_" + base64; while a rotation overlaps a
 *        receiver may hold the old and the new one, and a request is valid when either signed it
 * @param {Object<string, string|string[]>} headers the request's headers with lower-case names, as node:http gives them
 * @param {Buffer|Uint8Array|string} body the raw bytes received: JSON that was parsed and serialised again is not
 *        what was signed
 * @param {{toleranceSeconds?: number, nowSeconds?: number}} [options] how far webhook-timestamp may be from now
 *        (a replayed request is older); nowSeconds for tests and old examples
 * @throws {WebhookVerificationError} unless a v1 signature of one of the secrets matches and the timestamp is fresh
 */
export function verify(secrets, headers, body, options = {}) {
  const { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, nowSeconds = Date.now() / 1000 } = options;
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  // Only digits: Number() would also take "", " 1e9" or "0x5f" and compare them as some number of seconds.
  if (!/^[0-9]{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError("webhook-timestamp is not a number of seconds");
  }
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) {
    throw new WebhookVerificationError(`webhook-timestamp is more than ${toleranceSeconds} s away from now`);
  }
  const signed = Buffer.concat([Buffer.from(`${id}.${timestamp}.`, "utf8"), Buffer.from(body)]);
  const expected = [secrets].flat().map((secret) => createHmac("sha256", key(secret)).update(signed).digest());
  // "v1,<base64> v1,<base64>": one per secret Kontor signs with. Other versions are skipped, not failed on.
  for (const candidate of signatures.split(" ")) {
    const comma = candidate.indexOf(",");
    if (comma < 0 || candidate.slice(0, comma) !== "v1") {
      continue;
    }
    const given = Buffer.from(candidate.slice(comma + 1), "base64");
    if (expected.some((mac) => mac.length === given.length && timingSafeEqual(mac, given))) {
      return;
    }
  }
  throw new WebhookVerificationError("no v1 signature matches");
}

function header(headers, name) {
  const value = [headers[name]].flat()[0];
  if (typeof value !== "string" || value === "") {
    throw new WebhookVerificationError(`header ${name} is missing`);
  }
  return value;
}

// The key is what the base64 after "whsec_" decodes to, not that text itself.
function key(secret) {
  const encoded = typeof secret === "string" && secret.startsWith("whsec_") ? secret.slice("whsec_".length) : "";
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw new TypeError("a signing secret is whsec_ followed by base64");
  }
  return Buffer.from(encoded, "base64");
}

async function main() {
  const { values } = parseArgs({
    options: {
      secret: { type: "string", multiple: true },
      "webhook-id": { type: "string" },
      "webhook-timestamp": { type: "string" },
      "webhook-signature": { type: "string" },
      tolerance: { type: "string", default: String(DEFAULT_TOLERANCE_SECONDS) },
      now: { type: "string" },
    },
  });
  if (!values.secret) {
    console.error("usage: node verify.mjs --secret whsec_... [--secret ...] --webhook-id <id> "
      + "--webhook-timestamp <s> --webhook-signature <v1,...> [--tolerance 300] [--now <s>] < body");
    process.exit(2);
  }
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  try {
    verify(values.secret, values, Buffer.concat(chunks), {
      toleranceSeconds: Number(values.tolerance),
      ...(values.now === undefined ? {} : { nowSeconds: Number(values.now) }),
    });
    console.log("valid");
  } catch (e) {
    if (!(e instanceof WebhookVerificationError)) {
      throw e;
    }
    console.log(`invalid: ${e.message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
