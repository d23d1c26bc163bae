// Compile benchmark, 10 lines that name nothing of Twilio's library (the reply is text); UNIQUE is replaced per compile.
var from = Event["From"] ?? "unknown";
var body = (Event["Body"] ?? string.Empty).Trim();
var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
var longest = words.Length == 0 ? "" : words.OrderByDescending(w => w.Length).First();
var tag = "UNIQUE";
var count = words.Length + body.Length;
var reply = new StringBuilder();
reply.Append($"{tag}: {from} sent {count} chars+words, longest '{longest}'");
return reply.ToString();
