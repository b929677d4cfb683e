using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Ingest.Hosting;

/// <summary>Creates job classes from the container, one DI scope per job, instead of Hangfire's global state.</summary>
public sealed class ServiceProviderJobActivator : JobActivator
{
    private readonly IServiceScopeFactory scopes;

    public ServiceProviderJobActivator(IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
    }

    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope : JobActivatorScope
    {
        private readonly IServiceScope scope;

        public Scope(IServiceScope scope)
        {
            this.scope = scope;
        }

        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
