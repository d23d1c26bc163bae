using System.Buffers;

namespace ScriptHost.RequestBodies;

/// <summary>
/// The one bounded read of a request body whose length is not announced (chunked): read whole, or stopped as soon as
/// it passes its limit, so no caller ever holds more than the limit of it.
/// </summary>
internal static class BoundedBody
{
    /// <summary>The whole body, or null as soon as it turns out longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
