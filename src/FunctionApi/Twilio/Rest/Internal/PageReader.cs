using System.Text.Json;
using Twilio.Base;
using Twilio.Clients;

namespace Twilio.Rest.Internal;

/// <summary>Reads a list resource page by page, following <c>next_page_uri</c> until the limit or the last page.</summary>
internal static class PageReader
{
    /// <summary>Twilio's largest page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Validates the paging arguments and returns the PageSize to ask for (null: Twilio's default).</summary>
    public static int? PageSizeFor(int? pageSize, long? limit)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {MaxPageSize}.");
        }

        if (limit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The limit must be at least 1.");
        }

        return pageSize ?? (limit is { } l ? (int)Math.Min(l, MaxPageSize) : null);
    }

    public static async Task<ResourceSet<T>> ReadAsync<T>(
        TwilioRestClient client,
        TwilioRequest firstPage,
        string recordsProperty,
        Func<JsonElement, T> read,
        long? limit,
        CancellationToken cancellationToken)
    {
        var records = new List<T>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { firstPage.PathAndQuery };
        var request = firstPage;
        var pages = 0;
        while (true)
        {
            var page = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            pages++;
            foreach (var record in page.Array(recordsProperty))
            {
                if (records.Count == limit)
                {
                    return new ResourceSet<T>(records, pages, hasMore: true);
                }

                records.Add(read(record));
            }

            var next = page.String("next_page_uri");
            if (string.IsNullOrEmpty(next))
            {
                return new ResourceSet<T>(records, pages, hasMore: false);
            }

            if (records.Count == limit)
            {
                return new ResourceSet<T>(records, pages, hasMore: true);
            }

            // A page that points back at one already read would loop until the time limit.
            var nextPath = TwilioRestClient.PathAndQueryOf(next);
            if (!visited.Add(nextPath))
            {
                return new ResourceSet<T>(records, pages, hasMore: false);
            }

            request = TwilioRequest.Get(nextPath);
        }
    }
}
