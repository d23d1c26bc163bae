// No using at all: the bare name is still recognised as the framework's HttpClient.
var response = await new HttpClient().GetAsync("https://example.com");
return 1;
