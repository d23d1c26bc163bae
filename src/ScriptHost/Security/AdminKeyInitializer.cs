namespace ScriptHost.Security;

/// <summary>
/// Settles the admin key before the server listens (registered ahead of the live table's loader, so the key exists
/// before anything is served): from configuration, from its stored hash, or generated and printed once.
/// </summary>
internal sealed class AdminKeyInitializer(AdminKey adminKey) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => adminKey.InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
