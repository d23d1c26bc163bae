// Drives the service's key-value store: op=set|get|delete|list with key, value and prefix parameters.
switch (Event["op"])
{
    case "set":
        await Store.SetAsync(Event["key"], Event["value"]);
        return "ok";
    case "get":
        return await Store.GetAsync(Event["key"]) ?? "(missing)";
    case "delete":
        return (await Store.DeleteAsync(Event["key"])) ? "deleted" : "absent";
    case "list":
        return string.Join(",", (await Store.ListAsync(Event.Get("prefix"))).OrderBy(k => k, StringComparer.Ordinal));
    default:
        throw new ArgumentException("op must be set, get, delete or list");
}
