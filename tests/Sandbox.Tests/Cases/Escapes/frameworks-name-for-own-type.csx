// A framework name that is not available, declared by the script itself, is the script's own.
class HttpClient
{
    public string Get(string url) => "fake " + url;
}

var client = new HttpClient();
return UndefinedThing.Get("x");
