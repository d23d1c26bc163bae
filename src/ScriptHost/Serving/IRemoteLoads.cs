namespace ScriptHost.Serving;

/// <summary>
/// Loads of live function versions held outside this process (by worker processes), told when a version retires so
/// they drop it too. An interface, so the live table does not depend on the worker tier that runs functions.
/// </summary>
internal interface IRemoteLoads
{
    /// <summary>Drops <paramref name="loadOwner"/>'s load wherever <paramref name="service"/>'s functions run.</summary>
    void Unload(string service, string loadOwner);
}
