using Mono.Cecil;

namespace ScriptHost.Tests;

/// <summary>
/// The server's feature folders (<c>src/ScriptHost/{Folder}</c>, one namespace each) depend on each other in one
/// direction, except in the cycles listed here. Read from the compiled server (every signature and every method
/// body), so a dependency hidden in a fully qualified name counts as much as a <c>using</c>.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>
    /// The cycles that remain, each a set of folders that all reach each other. A new cycle fails the test; so does
    /// one that is gone, so the list stays true.
    /// </summary>
    private static readonly string[] KnownCycles =
    [
        // FunctionRunner picks the worker executor and answers its refusals; the executor runs a FunctionInvocation
        // with the invocation's host APIs, which the host API server serves.
        "Invocation, Workers",
    ];

    [Fact]
    public void ServerFolders_DependOnEachOther_OnlyInTheKnownCycles()
    {
        var dependencies = FolderDependencies.Of(typeof(Program).Assembly.Location);

        var components = StronglyConnected(dependencies).Where(component => component.Count > 1).ToList();
        var cycles = components
            .Select(component => string.Join(", ", component.Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

        // On failure, the edges inside each cycle: where to cut it.
        var edges = components.SelectMany(component => component
            .SelectMany(from => dependencies[from].Where(component.Contains).Select(to => $"{from} -> {to}")))
            .Order(StringComparer.Ordinal);
        Assert.True(
            KnownCycles.Order(StringComparer.Ordinal).SequenceEqual(cycles),
            $"Cycles between folders:\n  {string.Join("\n  ", cycles)}\nexpected:\n  {string.Join("\n  ", KnownCycles)}\nedges inside them:\n  {string.Join("\n  ", edges)}");
    }

    [Fact]
    public void ServerFolders_NoneIsNamedLikeTheScriptApi()
    {
        var dependencies = FolderDependencies.Of(typeof(Program).Assembly.Location);

        // The script API (src/FunctionApi) owns ScriptHost.Functions; a server folder of that name mixes the two again.
        Assert.DoesNotContain("Functions", dependencies.Keys);
        Assert.Contains("Serving", dependencies.Keys);
    }

    /// <summary>Tarjan's algorithm: the folders that reach each other, one set per component.</summary>
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string folder)
        {
            index[folder] = lowLink[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var next in graph.GetValueOrDefault(folder) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    lowLink[folder] = Math.Min(lowLink[folder], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[folder] = Math.Min(lowLink[folder], index[next]);
                }
            }

            if (lowLink[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != folder);
                components.Add(component);
            }
        }

        foreach (var folder in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return components;
    }

    /// <summary>Which folders each folder's types use, from the server assembly's metadata and IL.</summary>
    private static class FolderDependencies
    {
        private const string RootNamespace = "ScriptHost.";

        public static Dictionary<string, HashSet<string>> Of(string assemblyPath)
        {
            using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
            var module = assembly.MainModule;
            var ownTypes = module.GetTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
            var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var type in module.GetTypes())
            {
                if (FolderOf(type, ownTypes) is not { } folder)
                {
                    continue;
                }

                var uses = graph.TryGetValue(folder, out var existing) ? existing : graph[folder] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var used in ReferencedTypes(type).SelectMany(WithArguments))
                {
                    if (FolderOf(used, ownTypes) is { } target && target != folder)
                    {
                        uses.Add(target);
                    }
                }
            }

            return graph;
        }

        /// <summary>The folder of a type of the server itself (nested types count as their outermost type's), else null.</summary>
        private static string? FolderOf(TypeReference type, HashSet<string> ownTypes)
        {
            while (type is TypeSpecification specification)
            {
                type = specification.ElementType;
            }

            if (type is GenericParameter)
            {
                return null;
            }

            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            if (!ownTypes.Contains(type.FullName) || !type.Namespace.StartsWith(RootNamespace, StringComparison.Ordinal))
            {
                return null;
            }

            return type.Namespace[RootNamespace.Length..].Split('.')[0];
        }

        private static IEnumerable<TypeReference> ReferencedTypes(TypeDefinition type)
        {
            if (type.BaseType is { } baseType)
            {
                yield return baseType;
            }

            foreach (var implemented in type.Interfaces)
            {
                yield return implemented.InterfaceType;
            }

            foreach (var field in type.Fields)
            {
                yield return field.FieldType;
            }

            foreach (var method in type.Methods)
            {
                foreach (var used in InSignature(method))
                {
                    yield return used;
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var variable in method.Body.Variables)
                {
                    yield return variable.VariableType;
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    var used = instruction.Operand switch
                    {
                        TypeReference operandType => [operandType],
                        MethodReference called => InSignature(called).Prepend(called.DeclaringType),
                        FieldReference field => [field.DeclaringType, field.FieldType],
                        _ => Enumerable.Empty<TypeReference>(),
                    };
                    foreach (var reference in used)
                    {
                        yield return reference;
                    }
                }
            }
        }

        private static IEnumerable<TypeReference> InSignature(MethodReference method)
        {
            IEnumerable<TypeReference> types = [method.ReturnType, .. method.Parameters.Select(p => p.ParameterType)];
            if (method is GenericInstanceMethod generic)
            {
                types = types.Concat(generic.GenericArguments);
            }

            return types.SelectMany(WithArguments);
        }

        /// <summary>A type and, for a generic instance such as <c>Results&lt;Ok&lt;T&gt;&gt;</c>, every type argument in it.</summary>
        private static IEnumerable<TypeReference> WithArguments(TypeReference type)
        {
            yield return type;
            if (type is GenericInstanceType generic)
            {
                foreach (var argument in generic.GenericArguments.SelectMany(WithArguments))
                {
                    yield return argument;
                }
            }
            else if (type is TypeSpecification specification)
            {
                foreach (var inner in WithArguments(specification.ElementType))
                {
                    yield return inner;
                }
            }
        }
    }
}
