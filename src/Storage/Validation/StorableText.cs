namespace ScriptHost.Storage.Validation;

/// <summary>
/// The one rule for text the store can hold: UTF-16 without lone surrogates. LiteDB writes strings with a strict UTF-8
/// encoder, which throws on a lone surrogate; in a journal batch that would fail every service's records with it.
/// </summary>
public static class StorableText
{
    /// <summary>True when <paramref name="text"/> has no unpaired surrogate.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text) => IndexOfLoneSurrogate(text) < 0;

    /// <summary>
    /// <paramref name="text"/> with every unpaired surrogate replaced by U+FFFD, for free text the host records rather
    /// than refuses (a script's error message); the same instance when there is none.
    /// </summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = IndexOfLoneSurrogate(text);
        if (index < 0)
        {
            return text;
        }

        var characters = text.ToCharArray();
        while (index >= 0)
        {
            characters[index] = '\uFFFD';
            var next = IndexOfLoneSurrogate(characters.AsSpan(index + 1));
            index = next < 0 ? -1 : index + 1 + next;
        }

        return new string(characters);
    }

    /// <inheritdoc cref="Repair(string)"/>
    public static string? RepairNullable(string? text) => text is null ? null : Repair(text);

    private static int IndexOfLoneSurrogate(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var found = text[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
            {
                return -1;
            }

            var index = offset + found;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                offset = index + 2;
                continue;
            }

            return index;
        }
    }
}
