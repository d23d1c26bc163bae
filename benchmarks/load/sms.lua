-- wrk script: POSTs a Twilio-shaped SMS webhook form; with SIGNATURE set, also the X-Twilio-Signature header.
-- Environment: TARGET (name written to the result), ROUND, RESULTS (JSON-lines file to append to), SIGNATURE (optional).
wrk.method = "POST"
wrk.body = "AccountSid=AC0123456789abcdef0123456789abcdef&Body=Hello+there&From=%2B15551230001" ..
           "&MessageSid=SM0123456789abcdef0123456789abcdef&NumMedia=0&To=%2B15559870002"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local signature = os.getenv("SIGNATURE")
if signature and signature ~= "" then
  wrk.headers["X-Twilio-Signature"] = signature
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local line = string.format(
    '{"round":%d,"target":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,"p50Ms":%.3f,"p99Ms":%.3f,"non2xx":%d,"socketErrors":%d}\n',
    tonumber(os.getenv("ROUND") or "0"), os.getenv("TARGET") or "?", summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)
  local file = io.open(os.getenv("RESULTS"), "a")
  file:write(line)
  file:close()
  io.write(line)
end
