// Calls the service's private helper function and wraps what it answered.
var result = await Functions.InvokeAsync("/helpers/double", new Dictionary<string, string> { ["n"] = Event.Get("n", "0") });
return $"{result.StatusCode}|{result.ContentType}|{result.Body}";
