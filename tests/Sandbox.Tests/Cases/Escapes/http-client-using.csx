using System.Net.Http;

var client = new HttpClient();
return await client.GetStringAsync("https://example.com");
