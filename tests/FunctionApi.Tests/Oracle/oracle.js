// Test oracle for ScriptHost's use of Twilio: the npm library (what Twilio Functions runs) checks the host's webhook
// signature check, and node's jsonwebtoken verifies access tokens the C# library issues.
// Reads one batch as JSON on stdin: { "kind": "signature" | "token", "cases": [...] }
// and writes { "results": [...] } on stdout, one result per case, in order.
// A case the library rejects yields { "error": message } so the C# side can compare failures too.
// One node process serves a whole test class; keep this file free of per-case process work.
"use strict";

const twilio = require("twilio");
const jwt = require("jsonwebtoken");

// Repeated keys become arrays, as Express's body parser hands them to twilio.validateRequest.
function toParamsObject(pairs) {
  if (pairs === null || pairs === undefined) {
    return null;
  }
  const params = Object.create(null);
  for (const [key, value] of pairs) {
    if (Object.prototype.hasOwnProperty.call(params, key)) {
      params[key] = [].concat(params[key], value);
    } else {
      params[key] = value;
    }
  }
  return params;
}

function runSignature(c) {
  const params = toParamsObject(c.params);
  switch (c.op) {
    case "compute":
      return { signature: twilio.getExpectedTwilioSignature(c.token, c.url, params) };
    case "validate":
      return { valid: twilio.validateRequest(c.token, c.signature, c.url, params) };
    case "validateWithBody":
      return { valid: twilio.validateRequestWithBody(c.token, c.signature, c.url, c.body) };
    default:
      throw new Error("unknown signature op " + c.op);
  }
}

// Verifies a token issued by the C# library, as Twilio's JavaScript side would read it.
function runToken(c) {
  try {
    const decoded = jwt.verify(c.candidateJwt, c.secret, {
      algorithms: ["HS256"],
      clockTimestamp: c.now,
      complete: true,
    });
    return { verified: { header: decoded.header, payload: decoded.payload } };
  } catch (e) {
    return { verified: { error: e.name + ": " + e.message } };
  }
}

const runners = { signature: runSignature, token: runToken };

function main(input) {
  const batch = JSON.parse(input);
  const run = runners[batch.kind];
  if (!run) {
    throw new Error("unknown batch kind " + batch.kind);
  }
  const results = batch.cases.map((c) => {
    try {
      return run(c);
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  });
  process.stdout.write(JSON.stringify({ results }));
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => main(input));
