using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using ScriptHost.Sandbox.Compilation;
using ScriptHost.Sandbox.Editing.Completion;
using ScriptHost.Sandbox.Editing.Documentation;
using ScriptHost.Sandbox.Editing.Workspace;

namespace ScriptHost.Sandbox.Editing.QuickInfo;

/// <summary>
/// Roslyn's quick info as markdown: the signature in a C# block, then the documentation. A symbol functions may not
/// use says so, in the words a deploy would use, so hover explains a refusal before the author deploys.
/// </summary>
internal sealed class HoverText(EditorSetup setup, AllowedSymbols allowed)
{
    public async Task<QuickInfoAnswer> DescribeAsync(ScriptDocument script, int position, CancellationToken cancellationToken)
    {
        var document = script.Document;
        var service = QuickInfoService.GetService(document);
        var info = service is null ? null : await service.GetQuickInfoAsync(document, position, cancellationToken).ConfigureAwait(false);
        if (info is null || info.Sections.IsDefaultOrEmpty)
        {
            return QuickInfoAnswer.Empty(null);
        }

        var markdown = new StringBuilder();
        foreach (var section in info.Sections)
        {
            var text = DescriptionText.Plain(section.TaggedParts).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (section.Kind == QuickInfoSectionKinds.Description)
            {
                markdown.Append("```csharp\n").Append(text).Append("\n```\n\n");
            }
            else
            {
                markdown.Append(text).Append("\n\n");
            }
        }

        var symbol = await SymbolFinder.FindSymbolAtPositionAsync(document, position, cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (symbol is not null && model is not null && !allowed.IsAllowed(symbol, model.Compilation))
        {
            markdown.Append("**Functions cannot use this.**");
            if (setup.Hints.For(symbol) is { } hint)
            {
                markdown.Append(' ').Append(hint);
            }

            markdown.Append('\n');
        }

        return new QuickInfoAnswer(markdown.ToString().TrimEnd(), script.ToAuthor(info.Span), null);
    }
}
