using System.Globalization;
using System.Text;

namespace ScriptHost.Sandbox.Tests.Support.IlValidity;

/// <summary>
/// Generates scripts full of control-flow shapes for the IL validity check: statement templates (loops, try/catch,
/// filters, finally, rethrow, goto back to a protected region, goto out of a catch, switch with goto case, using,
/// break and continue across a finally, lambdas, local functions, nested handlers) combined two deep, every pair, and
/// three deep for a fixed sample, each combination hosted in every kind of method body (top level, local function,
/// lambda, instance method, constructor, static constructor, getter, iterator, async method, methods that never
/// return and end inside a catch). Every shape terminates and folds what it did into an <c>int</c>, so the guarded
/// build can be compared with an unguarded one.
/// </summary>
public static class ControlFlowShapes
{
    /// <summary>The kinds of method body a shape is hosted in; one generated script per kind.</summary>
    public static IReadOnlyList<string> Hosts { get; } =
    [
        "top-level", "local-function", "lambda", "instance-method", "constructor", "static-constructor", "getter",
        "iterator", "async", "never-returns",
    ];

    private static readonly Template[] Templates =
    [
        new("for", "for (var i@ = 0; i@ < 3; i@++) { acc = acc * 31 + i@; # }"),
        new("do-while", "{ var j@ = 0; do { acc += j@; # } while (++j@ < 2); }"),
        new("foreach", "foreach (var k@ in new[] { 1, 2 }) { acc ^= k@; # }"),
        new("try-catch", "try { acc++; if (acc % 2 == 0) throw new InvalidOperationException(); # } catch (InvalidOperationException) { acc += 7; # }"),
        new("filter", "try { acc++; throw new ArgumentException(\"a\"); } catch (ArgumentException e@) when (e@.Message == \"a\" && acc != 12345) { acc += 3; # }"),
        new("finally", "try { acc += 2; # } finally { acc *= 3; }"),
        new("finally-body", "try { acc++; } finally { # }"),
        new("rethrow", "try { try { acc++; throw new InvalidOperationException(); } catch { acc += 5; throw; } } catch (InvalidOperationException) { # } finally { acc--; }"),
        new("goto-into-try-start", "{ var g@ = 0; again@: try { g@++; if (g@ < 3) goto again@; # } catch (Exception) { acc += 11; } if (g@ < 4) { g@ = 4; goto again@; } }"),
        new("goto-out-of-catch", "{ try { acc++; throw new InvalidOperationException(); } catch (InvalidOperationException) { acc += 2; goto out@; } acc += 1000; out@: acc++; # }"),
        new("switch-goto-case", "switch (acc & 3) { case 0: acc += 1; # goto case 1; case 1: acc += 2; break; default: acc += 3; # break; }"),
        new("using", "using (var r@ = new Resource()) { acc += r@.Value; # }"),
        new("break-through-finally", "for (var b@ = 0; ; b@++) { try { if (b@ == 2) break; if (b@ == 0) continue; acc += b@; # } finally { acc++; } }"),
        new("catch-in-loop", "for (var c@ = 0; c@ < 3; c@++) { try { if (c@ == 1) continue; throw new InvalidOperationException(); } catch (InvalidOperationException) when (c@ > 0) { acc += c@; } catch { acc += 100; } # }"),
        new("nested-try-in-finally", "try { acc++; } finally { try { acc += 2; # } catch (Exception) { acc--; } }"),
        new("lambda", "{ Func<int, int> f@ = x => { # return x + acc; }; acc = f@(acc); }", OpensFunction: true),
        new("local-function", "{ int L@(int x) { # return x * 2; } acc += L@(1); }", OpensFunction: true),
    ];

    // Awaiting in try, catch and finally (an async body only, and not inside a lambda or local function it opens).
    private static readonly Template Await = new(
        "await", "try { await DelayAsync(1); acc++; # } catch (InvalidOperationException) { await DelayAsync(1); } finally { await DelayAsync(1); acc += 2; }");

    /// <summary>Shapes per generated script: one script with all of them binds for longer than a test should wait.</summary>
    public const int ShapesPerScript = 60;

    /// <summary>How many scripts <see cref="Script"/> makes for <paramref name="host"/>.</summary>
    public static int ScriptCount(string host) => (Shapes(host).Count() + ShapesPerScript - 1) / ShapesPerScript;

    /// <summary>
    /// The <paramref name="part"/>th script for one host kind: each of its shapes in its own body of that kind,
    /// returning each shape's result in order.
    /// </summary>
    public static string Script(string host, int part)
    {
        var shapes = Shapes(host).Skip(part * ShapesPerScript).Take(ShapesPerScript).ToList();
        var script = new StringBuilder();
        script.AppendLine("class Resource : IDisposable { public int Value => 4; public void Dispose() { } }");
        var calls = new List<string>();
        for (var s = 0; s < shapes.Count; s++)
        {
            var (declaration, call) = Host(host, s, shapes[s]);
            script.AppendLine(declaration);
            calls.Add(call);
        }

        script.AppendLine("var results = new List<int>();");
        foreach (var call in calls)
        {
            script.AppendLine(call);
        }

        script.AppendLine("return results.ToArray();");
        return script.ToString();
    }

    private static IEnumerable<string> Shapes(string host)
    {
        var templates = host == "async" ? [.. Templates, Await] : Templates;
        var id = 0;
        string Fill(Template template, string inner) => template.Text.Replace("@", (id++).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("#", inner, StringComparison.Ordinal);

        foreach (var outer in templates)
        {
            foreach (var inner in templates)
            {
                if (inner == Await && outer.OpensFunction)
                {
                    continue;
                }

                yield return Fill(outer, Fill(inner, "acc++;"));
            }
        }

        // Three deep, a fixed sample of the combinations (all of them would be thousands of methods per host).
        var random = new Random(20_261_201);
        for (var n = 0; n < 40; n++)
        {
            var outer = templates[random.Next(templates.Length)];
            var middle = templates[random.Next(templates.Length)];
            var inner = templates[random.Next(templates.Length)];
            if ((middle == Await && outer.OpensFunction) || (inner == Await && (outer.OpensFunction || middle.OpensFunction)))
            {
                continue;
            }

            yield return Fill(outer, Fill(middle, Fill(inner, "acc += 2;")));
        }
    }

    /// <summary>A declaration hosting <paramref name="shape"/> in the given kind of body, and the statement that runs it.</summary>
    private static (string Declaration, string Call) Host(string host, int n, string shape) => host switch
    {
        "top-level" => ($"int Shape{n}() {{ var acc = 1; {{ {shape} }} return acc; }}", $"results.Add(Shape{n}());"),
        "local-function" => (string.Empty, $"{{ int Local() {{ var acc = 1; {{ {shape} }} return acc; }} results.Add(Local()); }}"),
        "lambda" => (string.Empty, $"{{ Func<int> run = () => {{ var acc = 1; {{ {shape} }} return acc; }}; results.Add(run()); }}"),
        "instance-method" => ($"class M{n} {{ public int Run() {{ var acc = 1; {{ {shape} }} return acc; }} }}", $"results.Add(new M{n}().Run());"),
        "constructor" => ($"class C{n} {{ public int Acc; public C{n}() {{ var acc = 1; {{ {shape} }} Acc = acc; }} }}", $"results.Add(new C{n}().Acc);"),
        "static-constructor" => ($"class S{n} {{ public static int Acc; static S{n}() {{ var acc = 1; {{ {shape} }} Acc = acc; }} }}", $"results.Add(S{n}.Acc);"),
        "getter" => ($"class P{n} {{ public int Acc {{ get {{ var acc = 1; {{ {shape} }} return acc; }} }} }}", $"results.Add(new P{n}().Acc);"),
        "iterator" => (
            $"IEnumerable<int> Iterate{n}() {{ var acc = 1; yield return acc; try {{ yield return acc; {{ {shape} }} }} finally {{ acc++; }} yield return acc; }}",
            $"results.Add(Iterate{n}().Sum());"),
        "async" => ($"async Task<int> Async{n}() {{ var acc = 1; await DelayAsync(1); {{ {shape} }} return acc; }}", $"results.Add(await Async{n}());"),
        // Never returns: every path ends in a throw or goes back, and the body's last instruction lies in a catch.
        "never-returns" => (
            $"class N{n} {{ public int Acc; public N{n}() {{ var rounds = 0; start: try {{ var acc = 1; {{ {shape} }} Acc += acc; if (++rounds > 2) throw new ArgumentException(); goto start; }} catch (InvalidOperationException) {{ goto start; }} }} }}",
            $"try {{ results.Add(new N{n}().Acc); }} catch (ArgumentException) {{ results.Add(-{n}); }}"),
        _ => throw new ArgumentOutOfRangeException(nameof(host), host, null),
    };

    private sealed record Template(string Name, string Text, bool OpensFunction = false);
}
