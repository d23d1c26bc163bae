using System.Text.Json.Nodes;
using ScriptHost.Tests.Support;

namespace ScriptHost.Tests.Hosting;

/// <summary>
/// The server's own OpenAPI document describes every management operation's answers, which the console and the CLI
/// are built from: each says what it answers on success (a schema for every body) and lists its problem responses as
/// problem details. A route returning an untyped result has no success response in the document and fails here.
/// </summary>
public sealed class OpenApiDocumentTests(ScriptHostFactory factory) : IClassFixture<ScriptHostFactory>
{
    private static readonly string[] ProblemSchemas = ["#/components/schemas/ProblemDetails", "#/components/schemas/HttpValidationProblemDetails"];

    [Fact]
    public async Task ManagementOperations_EachDescribesItsSuccessBodyAndProblems()
    {
        var document = await DocumentAsync();
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = 0;
        var failures = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal) || p.Key == "/api"))
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                operations++;
                var name = $"{method.ToUpperInvariant()} {path}";
                var responses = operation!["responses"]?.AsObject() ?? [];
                var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (successes.Count == 0)
                {
                    failures.Add($"{name}: no 2xx response (an untyped result?)");
                }

                foreach (var (status, response) in successes)
                {
                    var content = response?["content"]?.AsObject();
                    if (status == "204")
                    {
                        if (content is { Count: > 0 })
                        {
                            failures.Add($"{name}: 204 with a body");
                        }
                    }
                    else if (content is not { Count: > 0 } || content.Any(media => !IsDescribed(media.Value?["schema"], schemas)))
                    {
                        failures.Add($"{name}: {status} without a body schema");
                    }
                }

                foreach (var required in new[] { "400", "401", "404" })
                {
                    if (!responses.ContainsKey(required))
                    {
                        failures.Add($"{name}: does not list {required}");
                    }
                }

                foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
                {
                    var schema = response?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                    if (!ProblemSchemas.Contains(schema))
                    {
                        failures.Add($"{name}: {status} is not described as problem details");
                    }
                }
            }
        }

        Assert.True(operations >= 20, $"the document lists only {operations} management operations");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task FunctionRoute_AnswersAFunctionOrOneVersion_DocumentsBothBodies()
    {
        var document = await DocumentAsync();

        var schema = document["paths"]!["/api/services/{service}/functions/{path}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;

        var alternatives = schema["oneOf"]!.AsArray().Select(a => a!["$ref"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["#/components/schemas/FunctionDetailsDto", "#/components/schemas/FunctionVersionDto"], alternatives);
        Assert.NotNull(document["components"]!["schemas"]!["FunctionVersionDto"]!["properties"]!["source"]);
    }

    [Fact]
    public async Task AssetVisibility_ListsTheThreeAsTheApiSpellsThem()
    {
        var document = await DocumentAsync();

        var values = document["components"]!["schemas"]!["AssetVisibility"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal(["private", "protected", "public"], values.Order(StringComparer.Ordinal));
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = factory.CreateAnonymousClient();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    /// <summary>True for a schema that says what the body is: a named component with properties, an array of such, or one of several.</summary>
    private static bool IsDescribed(JsonNode? schema, JsonObject? schemas)
    {
        if (schema is null)
        {
            return false;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return schemas?[reference.Split('/')[^1]] is JsonObject target && IsDescribed(target, schemas);
        }

        if (schema["oneOf"] is JsonArray alternatives)
        {
            return alternatives.Count > 0 && alternatives.All(a => IsDescribed(a, schemas));
        }

        return schema["type"]?.ToString() switch
        {
            "array" => IsDescribed(schema["items"], schemas),
            "object" => schema["properties"] is JsonObject { Count: > 0 },
            null => false,
            _ => true,
        };
    }
}
