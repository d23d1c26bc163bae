// Compile benchmark, 10 lines; UNIQUE is replaced per compile so no two sources are alike.
var from = Event["From"] ?? "unknown";
var body = (Event["Body"] ?? string.Empty).Trim();
var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
var longest = words.Length == 0 ? "" : words.OrderByDescending(w => w.Length).First();
var tag = "UNIQUE";
var count = words.Length + body.Length;
var reply = new MessagingResponse();
reply.Message($"{tag}: {from} sent {count} chars+words, longest '{longest}'");
return reply;
