// Echoes the function's context: its service, path, domain and one environment variable.
return new
{
    service = Context.ServiceName,
    path = Context.FunctionPath,
    domain = Context.DomainName,
    greeting = Context.Env.TryGetValue("GREETING", out var greeting) ? greeting : null,
};
