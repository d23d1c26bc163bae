namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The namespace declarations (<c>xmlns</c>, <c>xmlns:p</c> options) in scope while a TwiML document is written, and
/// the prefix XLinq's writer would pick for a namespace: the newest declaration of it whose prefix no newer
/// declaration took over. Only a document that declares namespaces creates one.
/// </summary>
internal sealed class TwimlNamespaceScopes
{
    private readonly List<(string Prefix, string Namespace, int Depth)> _declarations = [];

    /// <summary>Adds a declaration made by the element at <paramref name="depth"/>.</summary>
    public void Declare(TwimlXmlName attribute, string value, int depth) =>
        _declarations.Add((attribute.Namespace.Length == 0 ? string.Empty : attribute.LocalName, value, depth));

    /// <summary>Forgets the declarations of the element at <paramref name="depth"/>, as it ends.</summary>
    public void Leave(int depth)
    {
        while (_declarations.Count > 0 && _declarations[^1].Depth >= depth)
        {
            _declarations.RemoveAt(_declarations.Count - 1);
        }
    }

    /// <summary>The declared prefix of <paramref name="namespaceName"/>, or null; the empty (default) prefix only for elements.</summary>
    public string? PrefixOf(string namespaceName, bool allowDefault)
    {
        for (var index = _declarations.Count - 1; index >= 0; index--)
        {
            var (prefix, declared, _) = _declarations[index];
            if (declared != namespaceName || IsRedeclaredAfter(index, prefix))
            {
                continue;
            }

            if (allowDefault || prefix.Length > 0)
            {
                return prefix;
            }
        }

        return null;
    }

    private bool IsRedeclaredAfter(int index, string prefix)
    {
        for (var newer = index + 1; newer < _declarations.Count; newer++)
        {
            if (_declarations[newer].Prefix == prefix)
            {
                return true;
            }
        }

        return false;
    }
}
