using System.Text.Json;

namespace ScriptHost.Benchmarks.Support;

/// <summary>Each mode writes one JSON file into the run's results folder; the report mode reads them back.</summary>
internal static class Results
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write(string directory, string name, object value)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(value, Json));
        Console.WriteLine($"wrote {path}");
    }
}
