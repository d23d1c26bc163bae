// Editor benchmark, 100 lines: an SMS order-status bot as an author would be writing it. A double dollar sign marks the caret of the
// completion requests (after "text.", a string: the member list the allowlist filter has most to do on); UNIQUE is
// replaced per request, so no two texts are alike (each keystroke is a new document).
var tag = "UNIQUE";

var business = Context.Env.GetValueOrDefault("BUSINESS_NAME", "us");
var text = (Event["Body"] ?? string.Empty).Trim();
var from = Event.Get("From", "unknown");
var keyword = text.Split(' ', 2)[0].ToUpperInvariant();
var orders = new Dictionary<string, Order>
{
    ["A100"] = new Order { Status = "packed", Due = new DateTime(2026, 12, 3) },
    ["A101"] = new Order { Status = "shipped", Due = new DateTime(2026, 12, 2) },
    ["A102"] = new Order { Status = "delayed", Due = new DateTime(2026, 12, 9) },
    ["A103"] = new Order { Status = "delivered", Due = new DateTime(2026, 11, 30) },
};

static string Describe(string status, DateTime due) => status switch
{
    "packed" => $"is packed and leaves on {due:ddd d MMM}",
    "shipped" => $"is on its way, due {due:ddd d MMM}",
    "delayed" => $"is delayed; we now expect it on {due:ddd d MMM}",
    "delivered" => $"was delivered on {due:ddd d MMM}",
    _ => "has no status yet",
};

class Order
{
    public string Status = "";
    public DateTime Due;
}

static string Normalize(string raw)
{
    var builder = new StringBuilder();
    foreach (var c in raw)
    {
        if (char.IsLetterOrDigit(c))
        {
            builder.Append(char.ToUpperInvariant(c));
        }
    }

    return builder.ToString();
}

static List<string> OrderNumbers(string message)
{
    var found = new List<string>();
    foreach (var word in message.Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        var candidate = Normalize(word);
        if (candidate.Length == 4 && candidate[0] == 'A' && candidate.Skip(1).All(char.IsDigit))
        {
            found.Add(candidate);
        }
    }

    return found;
}

var seen = await Store.GetAsync($"seen:{from}") ?? "0";
var visits = int.TryParse(seen, out var parsed) ? parsed + 1 : 1;
await Store.SetAsync($"seen:{from}", visits.ToString());

var numbers = OrderNumbers(text);
var lines = new List<string>();
foreach (var number in numbers.Distinct())
{
    if (orders.TryGetValue(number, out var order))
    {
        lines.Add($"Order {number} {Describe(order.Status, order.Due)}.");
    }
    else
    {
        lines.Add($"We could not find order {number}; check the number on your receipt.");
    }
}

if (keyword == "HELP")
{
    lines.Add($"Text an order number (like A100) to {business} and we will tell you where it is.");
}

if (lines.Count == 0)
{
    var preview = text.$$
    lines.Add($"Thanks for texting {business}! Send your order number, or HELP.");
}

var summary = string.Join(" ", lines);
if (summary.Length > 320)
{
    summary = summary[..317] + "...";
}

Log.Info($"{tag}: {numbers.Count} order(s) for {from}, visit {visits}");
var response = new MessagingResponse();
response.Message(summary);
return response;
