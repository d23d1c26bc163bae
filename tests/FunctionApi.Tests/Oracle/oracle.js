// Test oracle for ScriptHost's Twilio compatibility.
// Reads one batch as JSON on stdin: { "kind": "signature" | "twiml" | "token", "cases": [...] }
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

// A TwiML node: { "verb": "Say", "text": "...", "attrs": [["voice", "alice"]], "children": [...] }.
// Attributes stay in the order the case lists them, because xmlbuilder writes them in insertion order.
function appendNode(parent, node) {
  const attributes = {};
  for (const [name, value] of node.attrs || []) {
    attributes[name] = value;
  }
  const method = node.verb.charAt(0).toLowerCase() + node.verb.slice(1);
  if (typeof parent[method] !== "function") {
    throw new Error("the twilio library has no " + method + "() here");
  }
  const child = node.text === undefined || node.text === null
    ? parent[method](attributes)
    : parent[method](attributes, node.text);
  for (const grandChild of node.children || []) {
    appendNode(child, grandChild);
  }
}

function runTwiml(c) {
  const response = c.response === "messaging"
    ? new twilio.twiml.MessagingResponse()
    : new twilio.twiml.VoiceResponse();
  for (const node of c.children || []) {
    appendNode(response, node);
  }
  return { xml: response.toString() };
}

function makeGrant(g) {
  const AccessToken = twilio.jwt.AccessToken;
  switch (g.type) {
    case "voice": return new AccessToken.VoiceGrant(g.options);
    case "chat": return new AccessToken.ChatGrant(g.options);
    case "sync": return new AccessToken.SyncGrant(g.options);
    case "video": return new AccessToken.VideoGrant(g.options);
    default: throw new Error("unknown grant type " + g.type);
  }
}

// The library reads the clock through Date.now(); pin it so both sides sign the same instant.
function withClock(unixSeconds, action) {
  const realNow = Date.now;
  Date.now = () => unixSeconds * 1000;
  try {
    return action();
  } finally {
    Date.now = realNow;
  }
}

function runToken(c) {
  const token = new twilio.jwt.AccessToken(c.accountSid, c.keySid, c.secret, {
    identity: c.identity,
    ttl: c.ttl,
    nbf: c.nbf,
    region: c.region,
  });
  for (const g of c.grants) {
    token.addGrant(makeGrant(g));
  }
  const libraryJwt = withClock(c.now, () => token.toJwt());
  let verified;
  try {
    const decoded = jwt.verify(c.candidateJwt, c.secret, {
      algorithms: ["HS256"],
      clockTimestamp: c.now,
      complete: true,
    });
    verified = { header: decoded.header, payload: decoded.payload };
  } catch (e) {
    verified = { error: e.name + ": " + e.message };
  }
  return { jwt: libraryJwt, verified };
}

const runners = { signature: runSignature, twiml: runTwiml, token: runToken };

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
