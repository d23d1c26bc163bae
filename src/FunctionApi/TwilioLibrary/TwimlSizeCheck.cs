using System.Text;
using System.Xml.Linq;
using ScriptHost.Functions.Output;
using Twilio.TwiML;

namespace ScriptHost.Functions.TwilioLibrary;

/// <summary>
/// The walk before a TwiML document is written: over the tree as it would be expanded, each distinct element measured
/// once (a subtree appended a thousand times costs one visit and a thousand additions), without recursion. It refuses
/// an element that contains itself and nesting deeper than <see cref="TwimlText.MaxDepth"/>, and asks the output budget
/// as the size grows, so an exponentially repeated tree ends at the limit after a few dozen visits, before a byte is
/// written.
/// </summary>
/// <remarks>
/// The size is the unformatted document in UTF-8 bytes — exact for <see cref="SaveOptions.DisableFormatting"/> unless
/// names carry namespaces other than <c>xml:</c> (the writer's own declarations and prefixes are not counted), and a
/// lower bound with indentation. The writer that follows counts again as it writes: it, not this walk, is what bounds
/// the output, since a script's other threads may change the tree in between.
/// </remarks>
internal static class TwimlSizeCheck
{
    /// <summary><c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c>.</summary>
    private const int DeclarationBytes = 38;

    /// <summary>Throws unless the unformatted document of <paramref name="root"/> fits; returns its size in bytes.</summary>
    public static long EnsureFits(TwiML root, IOutputBudget? output, long maxBytes)
    {
        var gate = new SizeGate(output, maxBytes);
        gate.Add(DeclarationBytes);
        var rootChildren = ChildrenOf(root);
        if (rootChildren.Count == 0)
        {
            gate.Add(OwnBytes(root, hasChildren: false));
            return gate.Finish();
        }

        // Elements with children, by identity: their size once finished, or in progress while on the path.
        var measured = new Dictionary<TwiML, Subtree?>(ReferenceEqualityComparer.Instance);
        var path = new List<Frame>();
        Enter(root, rootChildren);
        while (path.Count > 0)
        {
            var top = path[^1];
            if (top.Next < top.Children.Count)
            {
                var child = top.Children[top.Next] ?? throw TwimlText.NullChild(top.Element);
                path[^1] = top with { Next = top.Next + 1 };
                AddChild(child);
                continue;
            }

            path.RemoveAt(path.Count - 1);
            var finished = new Subtree(top.Bytes, top.Height);
            measured[top.Element] = finished;
            if (path.Count > 0)
            {
                // The parent's running size takes in this subtree, already counted by the gate.
                path[^1] = path[^1].Including(finished);
            }
        }

        return gate.Finish();

        void Enter(TwiML element, List<TwiML?> children)
        {
            if (path.Count + 1 > TwimlText.MaxDepth)
            {
                throw TwimlText.TooDeep();
            }

            var own = OwnBytes(element, hasChildren: true);
            gate.Add(own);
            measured[element] = null;
            path.Add(new Frame(element, children, 0, own, 1));
        }

        void AddChild(TwiML child)
        {
            if (TwimlMembers.IsText(child))
            {
                var text = XmlEscapedLength.Text(TwimlMembers.TextContent(child) ?? throw TwimlText.NullText(path[^1].Element));
                gate.Add(text);
                path[^1] = path[^1] with { Bytes = SizeGate.Sum(path[^1].Bytes, text) };
                return;
            }

            if (measured.TryGetValue(child, out var known))
            {
                // Known but unfinished: the child is one of the elements on the path, so it contains itself.
                var subtree = known ?? throw TwimlText.ContainsItself(child);
                if (path.Count + subtree.Height > TwimlText.MaxDepth)
                {
                    throw TwimlText.TooDeep();
                }

                gate.Add(subtree.Bytes);
                path[^1] = path[^1].Including(subtree);
                return;
            }

            var children = ChildrenOf(child);
            if (children.Count > 0)
            {
                Enter(child, children);
                return;
            }

            if (path.Count + 1 > TwimlText.MaxDepth)
            {
                throw TwimlText.TooDeep();
            }

            var leaf = new Subtree(OwnBytes(child, hasChildren: false), 1);
            gate.Add(leaf.Bytes);
            path[^1] = path[^1].Including(leaf);
        }
    }

    /// <summary>The element's own tags, attributes and body, without its children.</summary>
    private static long OwnBytes(TwiML element, bool hasChildren)
    {
        // Nameless elements and the like are refused by the writer; here they only need a size.
        var tag = LocalLength(TwimlMembers.TagName(element));
        var body = TwimlMembers.ElementBody(element);
        long bytes = body is null && !hasChildren ? tag + "< />".Length : (2 * tag) + "<></>".Length;
        if (body is not null)
        {
            bytes += XmlEscapedLength.Text(body);
        }

        var renames = TwimlMembers.AttributeNameMapper(element);
        foreach (var attribute in TwimlMembers.ElementAttributes(element) ?? [])
        {
            if (attribute is null)
            {
                continue;
            }

            var name = renames is not null && renames.TryGetValue(attribute.Name.LocalName, out var renamed)
                ? Encoding.UTF8.GetByteCount(renamed)
                : QualifiedLength(attribute.Name);
            bytes += name + " =\"\"".Length + XmlEscapedLength.Attribute(attribute.Value);
        }

        foreach (var (key, value) in TwimlMembers.Options(element))
        {
            bytes += LocalLength(key) + " =\"\"".Length + XmlEscapedLength.Attribute(value ?? string.Empty);
        }

        return bytes;
    }

    /// <summary>The written UTF-8 length of a name given as a string: <c>{ns}local</c> writes as <c>local</c> (or <c>p:local</c>), <c>xml:x</c> as itself.</summary>
    private static int LocalLength(string? expandedName) =>
        expandedName is null ? 0
        : expandedName.StartsWith('{') ? Encoding.UTF8.GetByteCount(expandedName.AsSpan(expandedName.LastIndexOf('}') + 1))
        : Encoding.UTF8.GetByteCount(expandedName);

    private static int QualifiedLength(XName name) =>
        (name.NamespaceName == TwimlXmlName.XmlNamespace ? "xml:".Length : 0) + Encoding.UTF8.GetByteCount(name.LocalName);

    private static List<TwiML?> ChildrenOf(TwiML element) => TwimlMembers.IsText(element) ? [] : TwimlMembers.Children(element);

    /// <summary>A finished element: its unformatted size and how many levels of elements it spans.</summary>
    private readonly record struct Subtree(long Bytes, int Height);

    /// <summary>An element on the path being measured: its children, the next to visit, its size and height so far.</summary>
    private readonly record struct Frame(TwiML Element, List<TwiML?> Children, int Next, long Bytes, int Height)
    {
        /// <summary>This frame with a finished child's size and height taken in (the gate counts bytes separately).</summary>
        public Frame Including(Subtree child) =>
            this with { Bytes = SizeGate.Sum(Bytes, child.Bytes), Height = Math.Max(Height, child.Height + 1) };
    }

    /// <summary>
    /// The running lower bound of the whole document. The budget is asked whenever the size doubles and once at the end,
    /// so a huge tree stops within a factor two of the limit — long before anything is written — for a handful of calls.
    /// </summary>
    private sealed class SizeGate(IOutputBudget? output, long maxBytes)
    {
        private long _total;
        private long _nextCheck = 4096;

        public static long Sum(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        public void Add(long bytes)
        {
            _total = Sum(_total, bytes);
            if (_total >= _nextCheck)
            {
                Check();
                _nextCheck = Sum(_total, _total);
            }
        }

        public long Finish()
        {
            Check();
            return _total;
        }

        private void Check()
        {
            if (_total > maxBytes)
            {
                throw TwimlText.TooLarge(maxBytes);
            }

            output?.EnsureOutputFits(_total);
        }
    }
}
