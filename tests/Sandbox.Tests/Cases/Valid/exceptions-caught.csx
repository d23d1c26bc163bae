// Throwing and catching exceptions, filters, finally, and a custom exception type.
class QuotaException(string message) : Exception(message);

var log = new List<string>();
try
{
    try
    {
        throw new QuotaException("over quota");
    }
    finally
    {
        log.Add("finally");
    }
}
catch (QuotaException e) when (e.Message.Contains("quota"))
{
    log.Add(e.Message);
}

try
{
    _ = int.Parse("nope");
}
catch (FormatException)
{
    log.Add("format");
}

try
{
    var empty = new Dictionary<string, int>();
    _ = empty["missing"];
}
catch (KeyNotFoundException e)
{
    log.Add(e.Message.Length > 0 ? "key" : "?");
}

string.Join("|", log)
