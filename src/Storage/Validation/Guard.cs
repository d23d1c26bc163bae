using System.Text;
using ScriptHost.Storage.Errors;

namespace ScriptHost.Storage.Validation;

/// <summary>Argument checks that throw <see cref="StorageValidationException"/> with a message an API caller can act on.</summary>
internal static partial class Guard
{
    public const int MaxVariableNameLength = 128;
    public const int MaxVariableValueBytes = 32 * 1024;
    public const int MaxSourceBytes = 1024 * 1024;
    public const int MaxAssemblyImageBytes = 8 * 1024 * 1024;
    public const int MaxBuildKeyLength = 256;
    public const int MaxContentTypeLength = 255;

    public static void ServiceName(string? name)
    {
        if (!Validation.ServiceName.IsValid(name))
        {
            throw new StorageValidationException("service", $"Service name '{name}' is invalid: use 1–{Validation.ServiceName.MaxLength} lowercase letters, digits or hyphens.");
        }
    }

    public static void FunctionPath(string? path) => Path(path, "path", "Function path");

    public static void AssetPath(string? path) => Path(path, "path", "Asset path");

    public static void VersionNumber(int version)
    {
        if (version < 1)
        {
            throw new StorageValidationException("version", $"Version {version} is invalid: versions start at 1.");
        }
    }

    public static void KeyHash(ReadOnlyMemory<byte> hash, string parameterName)
    {
        if (hash.Length != Services.KeyHash.HashLength)
        {
            throw new StorageValidationException(parameterName, $"A key hash must be {Services.KeyHash.HashLength} bytes (SHA-256), not {hash.Length}; store KeyHash.Compute(key), never the key.");
        }
    }

    public static void ImageKey(string? key, string parameterName = "imageKey")
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxBuildKeyLength || key.Contains('|', StringComparison.Ordinal) || key.Any(char.IsControl))
        {
            throw new StorageValidationException(parameterName, $"The image key must be 1–{MaxBuildKeyLength} printable characters without '|'.");
        }
    }

    public static void Image(ReadOnlyMemory<byte> image)
    {
        if (image.IsEmpty)
        {
            throw new StorageValidationException("assemblyImage", "The assembly image is empty.");
        }

        if (image.Length > MaxAssemblyImageBytes)
        {
            throw new ValueTooLargeException(image.Length, MaxAssemblyImageBytes, $"The assembly image is {image.Length} bytes; at most {MaxAssemblyImageBytes} are stored.");
        }
    }

    public static void Source(string? source)
    {
        if (source is null)
        {
            throw new StorageValidationException("source", "The source is missing.");
        }

        var bytes = Encoding.UTF8.GetByteCount(source);
        if (bytes > MaxSourceBytes)
        {
            throw new ValueTooLargeException(bytes, MaxSourceBytes, $"The source is {bytes} bytes; at most {MaxSourceBytes} are stored.");
        }
    }

    public static void Limits(Functions.FunctionLimits? limits)
    {
        if (limits is null)
        {
            throw new StorageValidationException("limits", "Limits are missing; use FunctionLimits.Default for host defaults.");
        }

        if (limits.TimeoutMs is <= 0 || limits.MemoryMb is <= 0)
        {
            throw new StorageValidationException("limits", "Timeout and memory limits must be positive when set.");
        }
    }

    public static void Defined<TEnum>(TEnum value, string parameterName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new StorageValidationException(parameterName, $"'{value}' is not a valid {typeof(TEnum).Name}.");
        }
    }

    public static void VariableName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxVariableNameLength
            || !(char.IsAsciiLetter(name[0]) || name[0] == '_')
            || !name.All(character => char.IsAsciiLetterOrDigit(character) || character == '_'))
        {
            throw new StorageValidationException("name", $"Variable name '{name}' is invalid: use a letter or '_' then letters, digits or '_' (at most {MaxVariableNameLength}).");
        }
    }

    public static void VariableValue(string? value)
    {
        if (value is null)
        {
            throw new StorageValidationException("value", "The value is missing.");
        }

        var bytes = Encoding.UTF8.GetByteCount(value);
        if (bytes > MaxVariableValueBytes)
        {
            throw new ValueTooLargeException(bytes, MaxVariableValueBytes, $"The value is {bytes} bytes; a variable holds at most {MaxVariableValueBytes}.");
        }
    }

    public static void ContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || contentType.Length > MaxContentTypeLength || contentType.Any(char.IsControl))
        {
            throw new StorageValidationException("contentType", $"The content type must be 1–{MaxContentTypeLength} printable characters.");
        }
    }

    public static void KeyValueKey(string? key, int maxBytes)
    {
        if (string.IsNullOrEmpty(key) || key.Any(char.IsControl) || Encoding.UTF8.GetByteCount(key) > maxBytes)
        {
            throw new StorageValidationException("key", $"The key must be 1–{maxBytes} UTF-8 bytes without control characters.");
        }

        WellFormedText(key, "key");
    }

    /// <summary>Refuses text with a lone surrogate, which the store cannot encode (<see cref="StorableText"/>).</summary>
    public static void WellFormedText(string text, string parameterName)
    {
        if (!StorableText.IsWellFormed(text))
        {
            throw new StorageValidationException(parameterName, $"The {parameterName} contains a lone surrogate (half of a UTF-16 pair), which cannot be stored.");
        }
    }

    public static void Limit(int limit)
    {
        if (limit < 1)
        {
            throw new StorageValidationException("limit", "The limit must be at least 1.");
        }
    }

    public static void NotNull(object? value, string parameterName)
    {
        if (value is null)
        {
            throw new StorageValidationException(parameterName, $"'{parameterName}' is missing.");
        }
    }

    private static void Path(string? path, string parameterName, string what)
    {
        if (!StoragePath.IsValid(path))
        {
            throw new StorageValidationException(parameterName, $"{what} '{path}' is invalid: start with '/', use segments of letters, digits, '.', '_', '~' or '-' (no empty, '.' or '..' segments), at most {StoragePath.MaxLength} characters.");
        }
    }
}
