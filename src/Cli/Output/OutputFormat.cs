namespace ScriptHost.Cli.Output;

/// <summary>What <c>--output</c> asks for: aligned text for people, or one JSON document on stdout for scripts.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
