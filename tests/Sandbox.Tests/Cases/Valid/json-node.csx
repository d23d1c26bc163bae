// Building and reading JSON with JsonNode and JsonDocument.
using System.Text.Json;
using System.Text.Json.Nodes;

var input = JsonNode.Parse("""{ "name": "Ada", "langs": ["en", "fr"], "age": 36 }""")!;
var output = new JsonObject
{
    ["greeting"] = "Hello " + input["name"]!.GetValue<string>(),
    ["count"] = input["langs"]!.AsArray().Count,
    ["next"] = input["age"]!.GetValue<int>() + 1,
};
var sum = 0;
using (var document = JsonDocument.Parse("[1, 2, 3]"))
{
    foreach (var element in document.RootElement.EnumerateArray())
    {
        sum += element.GetInt32();
    }
}

output["sum"] = sum;
output.ToJsonString()
