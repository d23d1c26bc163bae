// Echoes what the function sees of its parameters: merged query and body values, repeated keys, typed JSON.
return new
{
    name = Event["Name"],
    body = Event["Body"],
    tags = Event.GetAll("Tag"),
    keys = Event.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray(),
    countKind = Event.Json?["count"]?.GetValueKind().ToString(),
    nestedCity = Event.Json?["address"]?["city"]?.GetValue<string>(),
};
