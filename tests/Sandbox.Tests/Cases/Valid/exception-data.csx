// Exception.Data: attach context to the script's own exceptions, read it back, enumerate it.
class PaymentFailed : Exception
{
    public PaymentFailed(string message) : base(message) { }
}

void Charge(string customer, decimal amount)
{
    var error = new PaymentFailed("card declined");
    error.Data["customer"] = customer;
    error.Data.Add("amount", amount);
    throw error;
}

try
{
    Charge("c_42", 12.5m);
    return "charged";
}
catch (PaymentFailed error)
{
    error.Data["attempt"] = 2;
    error.Data.Remove("missing");
    var entries = new List<string>();
    foreach (System.Collections.DictionaryEntry entry in error.Data)
    {
        entries.Add($"{entry.Key}={entry.Value}");
    }

    var keys = new List<string>();
    foreach (var key in error.Data.Keys)
    {
        keys.Add((string)key);
    }

    return new
    {
        error.Message,
        Count = error.Data.Count,
        HasCustomer = error.Data.Contains("customer"),
        Customer = (string?)error.Data["customer"],
        Missing = error.Data["nothing"],
        Entries = entries,
        Keys = keys,
    };
}
