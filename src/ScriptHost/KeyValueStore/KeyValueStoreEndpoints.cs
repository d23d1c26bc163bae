using Microsoft.AspNetCore.Http.HttpResults;
using ScriptHost.Api.Contracts.KeyValueStore;
using ScriptHost.Problems;
using ScriptHost.Security;
using ScriptHost.Storage;
using ScriptHost.Storage.Errors;

namespace ScriptHost.KeyValueStore;

/// <summary>
/// A service's key-value store (what its functions read and write as <c>Store</c>), managed from outside:
/// <c>GET /api/services/{service}/store?prefix=&amp;limit=</c> lists keys with the store's usage;
/// <c>GET|PUT|DELETE /api/services/{service}/store/entry?key=</c> reads, writes and deletes one entry. The key travels
/// in the query string, not the path, so any text key (slashes, percent signs, spaces, emoji) round-trips unchanged.
/// </summary>
internal static class KeyValueStoreEndpoints
{
    public const int DefaultListLimit = 100;
    public const int MaxListLimit = 1000;

    public static void MapKeyValueStore(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/services/{service}/store").WithTags("Store").AddEndpointFilter<ServiceAccessFilter>();
        group.MapGet("/", ListAsync);
        group.MapGet("/entry", GetAsync);
        group.MapPut("/entry", PutAsync).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/entry", DeleteAsync);
    }

    private static async Task<Results<Ok<KeyValueListDto>, ProblemHttpResult>> ListAsync(
        string service, string? prefix, int? limit, IScriptHostStore store, CancellationToken cancellationToken)
    {
        var take = limit ?? DefaultListLimit;
        if (take is < 1 or > MaxListLimit)
        {
            return Invalid("limit", $"The limit must be 1–{MaxListLimit}.");
        }

        try
        {
            // One more than asked, to say whether more keys follow without counting them all.
            var keys = await store.KeyValue.ListKeysAsync(service, prefix ?? string.Empty, take + 1, cancellationToken);
            var usage = await store.KeyValue.GetUsageAsync(service, cancellationToken);
            return TypedResults.Ok(new KeyValueListDto([.. keys.Take(take)], keys.Count > take, new KeyValueUsageDto(usage.Entries, usage.TotalBytes)));
        }
        catch (StorageException refused) when (IsRefusal(refused))
        {
            return Refusal(refused);
        }
    }

    private static async Task<Results<Ok<KeyValueEntryDto>, ProblemHttpResult>> GetAsync(
        string service, string? key, IScriptHostStore store, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return MissingKey();
        }

        try
        {
            return await store.KeyValue.GetAsync(service, key, cancellationToken) is { } value
                ? TypedResults.Ok(new KeyValueEntryDto(key, value))
                : NoEntry(service, key);
        }
        catch (StorageException refused) when (IsRefusal(refused))
        {
            return Refusal(refused);
        }
    }

    private static async Task<Results<Ok<KeyValueEntryDto>, ProblemHttpResult>> PutAsync(
        string service, string? key, KeyValueEntryRequest? body, IScriptHostStore store, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return MissingKey();
        }

        if (body?.Value is not { } value)
        {
            return Invalid("value", "The value is required: send {\"value\": \"...\"} (text; JSON is stored as its text).");
        }

        try
        {
            await store.KeyValue.SetAsync(service, key, value, cancellationToken);
            return TypedResults.Ok(new KeyValueEntryDto(key, value));
        }
        catch (StorageException refused) when (IsRefusal(refused))
        {
            return Refusal(refused);
        }
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string service, string? key, IScriptHostStore store, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return MissingKey();
        }

        try
        {
            return await store.KeyValue.DeleteAsync(service, key, cancellationToken) ? TypedResults.NoContent() : NoEntry(service, key);
        }
        catch (StorageException refused) when (IsRefusal(refused))
        {
            return Refusal(refused);
        }
    }

    /// <summary>Whether the store refused the request for the client's input (see <see cref="Refusal"/>).</summary>
    private static bool IsRefusal(StorageException exception) =>
        exception is StorageValidationException or ValueTooLargeException or QuotaExceededException;

    /// <summary>
    /// The store's refusals as the answers the console shows: a bad key or value (one over the entry size too) → 400
    /// naming the field, a full store → 409. Nothing was written in either case.
    /// </summary>
    private static ProblemHttpResult Refusal(StorageException exception) => exception switch
    {
        StorageValidationException refused => Invalid(refused.ParameterName, refused.Message),
        ValueTooLargeException tooLarge => Invalid("value", tooLarge.Message),
        _ => Problem.Conflict($"{exception.Message} Nothing was written: delete entries, or ask the admin to raise the quota (settings keyValueMaxEntries, keyValueMaxBytes)."),
    };

    private static ProblemHttpResult MissingKey() => Invalid("key", "The key is required in the query string: ?key=<the key, URL-encoded>.");

    private static ProblemHttpResult NoEntry(string service, string key) => Problem.NotFound($"Service '{service}' stores no key '{key}'.");

    private static ProblemHttpResult Invalid(string field, string message) => Problem.Of(
        StatusCodes.Status400BadRequest,
        "Invalid entry",
        message,
        new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
